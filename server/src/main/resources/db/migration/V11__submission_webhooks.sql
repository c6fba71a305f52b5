-- Door 001 (submissions): the project a submission was made under (the key's home project) and a project's
-- webhook URL (CLI: projects webhook), told with a signed webhook when a task of that project finishes.
alter table sub_submissions add column project_id varchar(36);

create table project_webhooks (
    project_id varchar(36)   primary key references projects (id) on delete cascade,
    url        varchar(2048) not null,
    updated_at timestamp with time zone not null
);

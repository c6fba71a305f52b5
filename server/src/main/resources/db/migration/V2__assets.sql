create table datasets (
    id          varchar(36)  primary key,
    project_id  varchar(36)  not null,
    kind        varchar(16)  not null,
    created_at  timestamp with time zone not null
);
create index datasets_project on datasets (project_id);

create table file_records (
    id                varchar(36)   primary key,
    dataset_id        varchar(36)   not null references datasets (id) on delete cascade,
    position          integer       not null,
    file_name         varchar(255)  not null,
    blob_key          varchar(512)  not null,
    content_type      varchar(100)  not null,
    size_bytes        bigint        not null,
    duration_seconds  double precision,
    sample_rate       integer,
    channels          integer,
    created_at        timestamp with time zone not null
);
create index file_records_dataset on file_records (dataset_id, position);

create table tasks (
    id           varchar(36)   primary key,
    project_id   varchar(36)   not null,
    key_id       varchar(36),
    user_email   varchar(320)  not null,
    kind         varchar(64)   not null,
    status       varchar(16)   not null,
    request      text,
    result       text,
    error        text,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create index tasks_project on tasks (project_id, created_at);

create table task_datasets (
    task_id     varchar(36)  not null references tasks (id) on delete cascade,
    dataset_id  varchar(36)  not null references datasets (id) on delete cascade,
    role        varchar(16)  not null,
    primary key (task_id, dataset_id)
);

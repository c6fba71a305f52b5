-- Users, projects and API keys. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL:
-- ids are UUID strings made by the application, keys are varchar, times are timestamp with time zone.

create table users (
    id         varchar(36)  not null primary key,
    email      varchar(320) not null unique,
    name       varchar(200),
    is_admin   boolean      not null default false,
    created_at timestamp with time zone not null
);

create table projects (
    id         varchar(36)  not null primary key,
    name       varchar(100) not null unique,
    created_at timestamp with time zone not null
);

-- hash: hex SHA-256 of the whole plain key; the plain key is never stored.
-- scopes: comma separated (audio:write, audio:read, admin).
create table api_keys (
    id           varchar(36)  not null primary key,
    prefix       varchar(16)  not null unique,
    hash         varchar(64)  not null,
    name         varchar(200) not null,
    scopes       varchar(200) not null,
    user_id      varchar(36)  references users (id),
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

-- The projects a key may use. No rows: every project for an admin key, none for any other key.
create table api_key_projects (
    key_id     varchar(36) not null references api_keys (id) on delete cascade,
    project_id varchar(36) not null references projects (id) on delete cascade,
    primary key (key_id, project_id)
);

create index api_key_projects_project on api_key_projects (project_id);

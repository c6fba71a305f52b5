-- db-scheduler's execution table (varchar keys so the same SQL runs on H2 and PostgreSQL).
create table scheduled_tasks (
    task_name             varchar(100) not null,
    task_instance         varchar(100) not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean      not null,
    picked_by             varchar(50),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint       not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority desc, execution_time asc);

-- Earshot's asynchronous jobs. seq orders the queue; attempts guards the single write of a result.
create table jobs (
    id             varchar(64)    primary key,
    seq            bigint         generated always as identity,
    kind           varchar(32)    not null,
    project_id     varchar(36)    not null,
    key_id         varchar(36),
    state          varchar(16)    not null,
    percent        integer        not null,
    input          text           not null,
    audio_seconds  double precision,
    callback_url   varchar(2048),
    result         text,
    failure        text,
    attempts       integer        not null,
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    updated_at     timestamp with time zone not null,
    constraint jobs_seq unique (seq)
);
create index jobs_state_seq on jobs (state, seq);
create index jobs_project on jobs (project_id, created_at);
create index jobs_finished on jobs (finished_at);

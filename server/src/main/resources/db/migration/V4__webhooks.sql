-- Webhooks for finished jobs (Standard Webhooks). Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- One signing secret per project, created on first use. secret and previous_secret are 'whsec_' + base64;
-- they are kept as they are because signing needs them. previous_secret still signs until rotated_at plus the
-- configured overlap.
create table webhook_secrets (
    project_id       varchar(36)  primary key,
    secret           varchar(100) not null,
    previous_secret  varchar(100),
    rotated_at       timestamp with time zone,
    created_at       timestamp with time zone not null
);

-- One message per finished job: its body is fixed when the job finishes and sent unchanged on every attempt,
-- under the same id (the webhook-id header). A db-scheduler execution named after the id delivers it.
-- state: PENDING, DELIVERED, FAILED (attempts used up, or 410 Gone), REFUSED (the URL policy said no).
create table webhook_messages (
    id           varchar(64)    primary key,
    job_id       varchar(64)    not null,
    project_id   varchar(36)    not null,
    url          varchar(2048)  not null,
    event_type   varchar(100)   not null,
    body         text           not null,
    state        varchar(16)    not null,
    attempts     integer        not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    constraint webhook_messages_job unique (job_id)
);
create index webhook_messages_finished on webhook_messages (finished_at);

-- Every attempt: url without its query string; status_code when the receiver answered, error otherwise.
create table webhook_deliveries (
    id           bigint         generated always as identity primary key,
    message_id   varchar(64)    not null,
    job_id       varchar(64)    not null,
    url          varchar(2048)  not null,
    attempt      integer        not null,
    status_code  integer,
    error        varchar(1000),
    duration_ms  bigint         not null,
    created_at   timestamp with time zone not null
);
create index webhook_deliveries_message on webhook_deliveries (message_id, attempt);
create index webhook_deliveries_job on webhook_deliveries (job_id);
create index webhook_deliveries_created on webhook_deliveries (created_at);

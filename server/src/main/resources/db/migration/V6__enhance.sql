-- Noise-removal door (seed 003): uploaded files, usable by keys of their project only.
create table enhance_uploads (
    id                varchar(36)   primary key,
    project_id        varchar(36)   not null,
    key_id            varchar(36),
    extension         varchar(16)   not null,
    blob_key          varchar(512)  not null,
    size_bytes        bigint        not null,
    duration_seconds  double precision,
    video_codec       varchar(32),
    created_at        timestamp with time zone not null
);
create index enhance_uploads_created on enhance_uploads (created_at);

-- The random id in a job's download path (a capability URL, served without a key) and the job it belongs to.
create table enhance_downloads (
    id          varchar(36)  primary key,
    job_id      varchar(64)  not null,
    created_at  timestamp with time zone not null,
    constraint enhance_downloads_job unique (job_id)
);

-- Door 002 (studio, the Relay API): training jobs, the models they make, inference jobs and their files.
-- The work of a training job and of each inference file runs as a row of jobs (kinds studio-training and
-- studio-inference); these tables keep what the door shows after the job engine's retention removed that row.

-- One training job of a project: what it trains on and how. config: Relay's training config with every default
-- filled in, as JSON. status, progress, error_message and completed_at are written once the job is over
-- (null while it runs: its job row tells how it goes). A training job and its model outlive their dataset.
create table studio_training_jobs (
    id                 varchar(36)  primary key,
    project_id         varchar(36)  not null references projects (id) on delete cascade,
    dataset_id         varchar(36)  not null,
    annotation_set_id  varchar(36)  not null,
    config             text         not null,
    status             varchar(16),
    progress           double precision,
    error_message      text,
    created_at         timestamp with time zone not null,
    started_at         timestamp with time zone,
    completed_at       timestamp with time zone
);
create index studio_training_jobs_project on studio_training_jobs (project_id, created_at);

-- The model a completed training job made: one per job (its id is derived from the job's), the detector's bytes in
-- the blob detector_key, its validation metrics as JSON.
create table studio_models (
    id               varchar(36)  primary key,
    project_id       varchar(36)  not null references projects (id) on delete cascade,
    training_job_id  varchar(36)  not null unique references studio_training_jobs (id) on delete cascade,
    dataset_id       varchar(36)  not null,
    name             varchar(300) not null,
    artifact_types   varchar(4000) not null,
    chunk_size_ms    integer      not null,
    stride_ms        integer      not null,
    metrics          text         not null,
    detector_key     varchar(512) not null,
    created_at       timestamp with time zone not null
);
create index studio_models_project on studio_models (project_id, created_at);

-- One inference job of a project: a model and Relay's detection rules; cancelled_at once cancelled.
create table studio_inference_jobs (
    id            varchar(36)  primary key,
    project_id    varchar(36)  not null references projects (id) on delete cascade,
    model_id      varchar(36)  not null,
    config        varchar(1000) not null,
    error_message text,
    created_at    timestamp with time zone not null,
    cancelled_at  timestamp with time zone
);
create index studio_inference_jobs_project on studio_inference_jobs (project_id, created_at);

-- One file of an inference job, from its upload form to its detections (a JSON list, written once).
create table studio_inference_files (
    id                 varchar(36)   primary key,
    inference_job_id   varchar(36)   not null references studio_inference_jobs (id) on delete cascade,
    original_filename  varchar(500)  not null,
    content_type       varchar(100)  not null,
    declared_size      bigint        not null,
    upload_key         varchar(512)  not null unique,
    upload_expires_at  timestamp with time zone not null,
    original_key       varchar(512),
    uploaded_size      bigint,
    confirmed_at       timestamp with time zone,
    status             varchar(16)   not null,
    error_message      text,
    duration_ms        bigint,
    detections         text,
    detection_count    integer       not null,
    started_at         timestamp with time zone,
    processed_at       timestamp with time zone,
    created_at         timestamp with time zone not null
);
create index studio_inference_files_job on studio_inference_files (inference_job_id, created_at);
create index studio_inference_files_abandoned on studio_inference_files (confirmed_at, upload_expires_at);

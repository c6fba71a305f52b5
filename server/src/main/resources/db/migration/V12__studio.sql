-- Door 002 (studio, the Relay API): datasets with their artifact types, audio uploaded through signed forms,
-- annotation sets from draft to published, and the expiry of API keys made through the door.

-- A key past its expiry authenticates no request (null: never expires).
alter table api_keys add column expires_at timestamp with time zone;

-- Every dataset belongs to one project: the home project of the key that made it.
create table studio_datasets (
    id          varchar(36)  primary key,
    project_id  varchar(36)  not null references projects (id) on delete cascade,
    name        varchar(200) not null,
    description text,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index studio_datasets_project on studio_datasets (project_id, created_at);

-- The labels of a dataset, in the order the client gave them; a name is unique within its dataset.
create table studio_artifact_types (
    dataset_id  varchar(36)  not null references studio_datasets (id) on delete cascade,
    position    integer      not null,
    name        varchar(64)  not null,
    description text,
    color       varchar(32),
    primary key (dataset_id, name)
);

-- One audio file of a dataset, from its upload form to its processed working copy.
-- upload_key: the object key the signed form binds; original_key: the blob holding the accepted upload (each POST
-- of the form writes a blob of its own, so a late POST never overwrites a file already confirmed); working_key and
-- features_key: blobs written by processing.
create table studio_audio (
    id                 varchar(36)   primary key,
    dataset_id         varchar(36)   not null references studio_datasets (id) on delete cascade,
    original_filename  varchar(500)  not null,
    content_type       varchar(100)  not null,
    declared_size      bigint        not null,
    upload_key         varchar(512)  not null unique,
    upload_expires_at  timestamp with time zone not null,
    original_key       varchar(512),
    uploaded_size      bigint,
    uploaded_at        timestamp with time zone,
    confirmed_at       timestamp with time zone,
    processing_status  varchar(16)   not null,
    failure            text,
    duration_ms        bigint,
    sample_rate        integer,
    channels           integer,
    working_key        varchar(512),
    features_key       varchar(512),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index studio_audio_dataset on studio_audio (dataset_id, created_at);
create index studio_audio_abandoned on studio_audio (confirmed_at, upload_expires_at);

-- Versions 1, 2, ... per dataset; a published set is never changed again and carries its statistics.
create table studio_annotation_sets (
    id                          varchar(36) primary key,
    dataset_id                  varchar(36) not null references studio_datasets (id) on delete cascade,
    version                     integer     not null,
    status                      varchar(16) not null,
    total_annotations           integer,
    total_positive_duration_ms  bigint,
    annotations_by_type         varchar(4000),
    created_at                  timestamp with time zone not null,
    published_at                timestamp with time zone,
    constraint studio_annotation_sets_version unique (dataset_id, version)
);

-- One labelled span of one audio file. extra_data: the client's JSON object, stored as given.
create table studio_annotations (
    id                 varchar(36)  primary key,
    annotation_set_id  varchar(36)  not null references studio_annotation_sets (id) on delete cascade,
    audio_file_id      varchar(36)  not null references studio_audio (id) on delete cascade,
    artifact_type      varchar(64)  not null,
    start_ms           bigint       not null,
    end_ms             bigint       not null,
    confidence         double precision not null,
    extra_data         text,
    created_at         timestamp with time zone not null
);
create index studio_annotations_set on studio_annotations (annotation_set_id, audio_file_id, start_ms);
create index studio_annotations_audio on studio_annotations (audio_file_id);

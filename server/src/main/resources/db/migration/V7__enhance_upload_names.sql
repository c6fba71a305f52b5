-- The name an upload was sent with, for messages only (never used on disk); null for uploads made before it was kept.
alter table enhance_uploads add column file_name varchar(255);

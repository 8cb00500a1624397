-- Bulk imports as jobs: the documents of a job are kept as sources when it is accepted, and each is
-- imported through the gateway in the background, by any instance of the service (rows are claimed
-- with a lease, so a document whose importer died is taken up again once its lease runs out).

create table import_job (
    id               uuid        primary key,
    submitted_at     timestamptz not null,
    submitted_by     text        not null,
    -- The submitter's bearer token, sent with each document's import as the submitter's own request
    -- would be; erased once the job has finished.
    bearer_token     text,
    token_expires_at timestamptz,
    dry_run          boolean     not null,
    partial          boolean     not null,
    total            integer     not null,
    -- of the request as sent, so that a job sent again under its id is told apart from another
    request_hash     varchar(64) not null,
    finished_at      timestamptz
);
create index import_job_submitted_idx on import_job (submitted_at desc, id desc);

create table import_job_document (
    job_id        uuid         not null references import_job (id),
    position      integer      not null,
    file_name     varchar(255),
    -- null for a file that is no document: it failed when the job was accepted
    source_sha256 varchar(64)  references source (sha256),
    division      varchar(12),
    department    varchar(40),
    division_name varchar(60),
    -- pending, running, imported, unchanged, checked, failed
    state         varchar(20)  not null,
    attempts      integer      not null,
    -- not to be taken before: when the job came, when a retry is due, or (running) when the lease ends
    not_before    timestamptz  not null,
    http_status   integer,
    department_id varchar(40),
    fiscal_year   integer,
    import_id     uuid,
    -- failed: the problem as the import answered it; imported with partial=true: the parts not stored
    problem       jsonb,
    not_stored    jsonb,
    finished_at   timestamptz,
    primary key (job_id, position)
);
-- What is left to do, for the importers' claims: a small index over the rows not yet done.
create index import_job_document_open_idx on import_job_document (not_before, job_id, position)
    where state in ('pending', 'running');

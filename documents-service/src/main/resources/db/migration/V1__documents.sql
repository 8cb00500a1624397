-- The published documents as received, and what each import made of them. Nothing here is ever
-- updated or deleted: a source is kept once per content (its SHA-256), an import once per id.

create table source (
    sha256            varchar(64)  primary key,
    -- told from the content (the parser's detection), never from what a client declared
    media_type        varchar(120) not null,
    size              bigint       not null,
    content           bytea        not null,
    first_received_at timestamptz  not null
);

create table document_import (
    id            uuid         primary key,
    department_id varchar(40)  not null,
    fiscal_year   integer      not null,
    source_sha256 varchar(64)  not null references source (sha256),
    file_name     varchar(255),
    received_at   timestamptz  not null,
    sent_by       text         not null,
    outcome       varchar(20)  not null,
    -- of the record as first sent, so that sending it again is told apart from sending another
    content_hash  varchar(64)  not null
);
create index document_import_disclosure_idx on document_import (department_id, fiscal_year, received_at desc, id desc);

create table document_import_part (
    import_id      uuid         not null references document_import (id),
    position       integer      not null,
    part_key       varchar(40)  not null,
    service        varchar(60),
    status         varchar(20)  not null,
    revision       integer,
    reason         text,
    first_line     integer,
    last_line      integer,
    first_location varchar(200),
    last_location  varchar(200),
    primary key (import_id, position)
);

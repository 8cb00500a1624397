-- The last whole-disclosure write of each department and year: its parts are stored one service at
-- a time, so until the write is recorded as completed its disclosure may mix old and new parts,
-- and reads say so. write_id lets only the write that started the record complete it.
create table disclosure_write
(
    department_id varchar(40) not null,
    fiscal_year   smallint    not null,
    write_id      uuid        not null,
    parts         text[]      not null,
    written_by    text,
    started_at    timestamptz not null,
    completed_at  timestamptz,
    primary key (department_id, fiscal_year)
);

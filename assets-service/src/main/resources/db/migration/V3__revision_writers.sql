-- Who wrote each revision (the subject of the writer's bearer token) and how: by a PUT, or by an
-- import of a published document, whose SHA-256 is kept. Revisions written before writers were
-- recorded have none of the three.
alter table assets_revision
    add column written_by      text,
    add column written_via     varchar(10) check (written_via in ('put', 'import')),
    add column source_document varchar(71) check (source_document ~ '^sha256:[0-9a-f]{64}$');

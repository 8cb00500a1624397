-- Part 一 (部门职责及机构设置) is published in each year's disclosure and may change from one year
-- to the next, so it is kept per department and fiscal year, like every other part. The
-- department row stays the one identity of a department (codes, and the name and division name
-- of its latest year's part 一, for listing and search).

create table organization (
    id               bigint generated always as identity primary key,
    department_id    bigint   not null references department (id),
    fiscal_year      smallint not null check (fiscal_year between 2000 and 2100),
    current_revision integer  not null,
    constraint organization_identity unique (department_id, fiscal_year)
);

create table organization_revision (
    id                    bigint generated always as identity primary key,
    organization_id       bigint      not null references organization (id),
    revision              integer     not null,
    revised_at            timestamptz not null,
    content_hash          varchar(64) not null,
    name                  text        not null,
    division_name         text,
    duties_basis          text,
    duties_basis_document text,
    constraint organization_revision_number unique (organization_id, revision)
);

create table organization_revision_duty (
    revision_id bigint  not null references organization_revision (id),
    position    integer not null,
    label       text,
    text        text    not null,
    primary key (revision_id, position)
);

create table organization_revision_unit (
    revision_id  bigint  not null references organization_revision (id),
    position     integer not null,
    sequence     integer,
    code         varchar(32),
    name         text    not null,
    nature       text,
    rank         text,
    funding_form text,
    primary key (revision_id, position)
);

alter table department add column division_name text;
alter table department add column latest_year smallint check (latest_year between 2000 and 2100);

-- Until now one part 一 served every year: it becomes the part 一 of each year the department has
-- a budget for, every revision kept with its number, time and content hash (the document is the
-- same, so the hashes stay valid and re-sending it adds no revision).
insert into organization (department_id, fiscal_year, current_revision)
select b.department_id, b.fiscal_year, d.current_revision
from budget b join department d on d.id = b.department_id;

insert into organization_revision (organization_id, revision, revised_at, content_hash, name, division_name,
                                   duties_basis, duties_basis_document)
select o.id, r.revision, r.revised_at, r.content_hash, r.name, r.division_name, r.duties_basis, r.duties_basis_document
from organization o join department_revision r on r.department_id = o.department_id;

insert into organization_revision_duty (revision_id, position, label, text)
select n.id, t.position, t.label, t.text
from organization_revision n
join organization o on o.id = n.organization_id
join department_revision r on r.department_id = o.department_id and r.revision = n.revision
join department_revision_duty t on t.revision_id = r.id;

insert into organization_revision_unit (revision_id, position, sequence, code, name, nature, rank, funding_form)
select n.id, u.position, u.sequence, u.code, u.name, u.nature, u.rank, u.funding_form
from organization_revision n
join organization o on o.id = n.organization_id
join department_revision r on r.department_id = o.department_id and r.revision = n.revision
join department_revision_unit u on u.revision_id = r.id;

update department d
set division_name = r.division_name,
    latest_year = (select max(b.fiscal_year) from budget b where b.department_id = d.id)
from department_revision r
where r.department_id = d.id and r.revision = d.current_revision;

-- The department-wide revisions are kept, nothing dropped: a department that had part 一 but no
-- budget has no year to give it, and its part 一 stays here only (its name and division name are
-- on the department row, so it is still listed and found). Read it with
--   select * from department_revision_legacy where department_id = <department.id> order by revision;
-- (duties and units in department_revision_legacy_duty / _unit by revision_id); the department's
-- legacy_revision says which was current. No code reads or writes these tables any more.
alter table department rename column current_revision to legacy_revision;
alter table department alter column legacy_revision drop not null;
alter table department_revision rename to department_revision_legacy;
alter table department_revision_duty rename to department_revision_legacy_duty;
alter table department_revision_unit rename to department_revision_legacy_unit;

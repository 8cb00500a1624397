-- Part 六 (政府采购预算). Every write appends a revision; nothing is updated in place except the
-- head row's pointer to its current revision. Amounts and quantities are NUMERIC without a fixed
-- scale so that the digits published (1.51, 4.5, 178.5) are stored and served back exactly.
-- Departments belong to budget-service: here a department is only its identifier.

create table procurement (
    id               bigint generated always as identity primary key,
    division_code    varchar(12) not null,
    department_code  varchar(20) not null,
    fiscal_year      smallint    not null check (fiscal_year between 2000 and 2100),
    current_revision integer     not null,
    constraint procurement_identity unique (division_code, department_code, fiscal_year)
);
create index procurement_fiscal_year_idx on procurement (fiscal_year, division_code);

create table procurement_revision (
    id                      bigint generated always as identity primary key,
    procurement_id          bigint      not null references procurement (id),
    revision                integer     not null,
    revised_at              timestamptz not null,
    content_hash            varchar(64) not null,
    -- false: the department states it has no procurement; an empty part, not a missing one
    has_procurement         boolean     not null,
    department_name         text,
    statement               text,
    -- the total stated in the prose
    stated_total            numeric,
    -- the table's 合计 row; absent when the table has none
    has_total_row           boolean     not null,
    total_label             text,
    total_amount            numeric,
    total_department_budget numeric,
    total_general_public    numeric,
    total_government_fund   numeric,
    total_fiscal_special    numeric,
    total_other_sources     numeric,
    total_other_channels    numeric,
    constraint procurement_revision_number unique (procurement_id, revision)
);

create table procurement_line (
    revision_id       bigint      not null references procurement_revision (id),
    position          integer     not null,
    project_name      text,
    economic_class    text,
    item_name         text        not null,
    catalogue_code    varchar(13) check (catalogue_code ~ '^[ABC][0-9]{0,12}$'),
    -- derived from the catalogue code's letter, kept for filtering and grouping in SQL
    category          varchar(8)  check (category in ('GOODS', 'WORKS', 'SERVICES')),
    unit              text,
    quantity          numeric,
    unit_price        numeric,
    amount            numeric     not null,
    department_budget numeric,
    general_public    numeric,
    government_fund   numeric,
    fiscal_special    numeric,
    other_sources     numeric,
    other_channels    numeric,
    primary key (revision_id, position)
);
create index procurement_line_catalogue_idx on procurement_line (catalogue_code varchar_pattern_ops);

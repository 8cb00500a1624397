-- Every write appends a revision; nothing is updated in place except the head rows' pointer to
-- their current revision. Amounts are NUMERIC without a fixed scale so that the digits published
-- (4.5, 0.05, 10) are stored and served back exactly as given.

create table department (
    id               bigint generated always as identity primary key,
    division_code    varchar(12)  not null,
    code             varchar(20)  not null,
    -- current name, kept on the head row for listing and search
    name             text         not null,
    current_revision integer      not null,
    constraint department_identity unique (division_code, code)
);
create index department_name_idx on department (name);

create table department_revision (
    id                    bigint generated always as identity primary key,
    department_id         bigint       not null references department (id),
    revision              integer      not null,
    revised_at            timestamptz  not null,
    content_hash          varchar(64)  not null,
    name                  text         not null,
    division_name         text,
    duties_basis          text,
    duties_basis_document text,
    constraint department_revision_number unique (department_id, revision)
);

create table department_revision_duty (
    revision_id bigint  not null references department_revision (id),
    position    integer not null,
    label       text,
    text        text    not null,
    primary key (revision_id, position)
);

create table department_revision_unit (
    revision_id  bigint  not null references department_revision (id),
    position     integer not null,
    sequence     integer,
    code         varchar(32),
    name         text    not null,
    nature       text,
    rank         text,
    funding_form text,
    primary key (revision_id, position)
);

create table budget (
    id               bigint generated always as identity primary key,
    department_id    bigint   not null references department (id),
    fiscal_year      smallint not null check (fiscal_year between 2000 and 2100),
    current_revision integer  not null,
    constraint budget_identity unique (department_id, fiscal_year)
);
create index budget_fiscal_year_idx on budget (fiscal_year);

create table budget_revision (
    id                      bigint generated always as identity primary key,
    budget_id               bigint      not null references budget (id),
    revision                integer     not null,
    revised_at              timestamptz not null,
    content_hash            varchar(64) not null,
    -- part 二: revenue
    revenue_total           numeric     not null,
    revenue_general_public  numeric,
    revenue_government_fund numeric,
    revenue_fiscal_special  numeric,
    revenue_other_sources   numeric,
    -- part 二: expenditure
    expenditure_total       numeric     not null,
    expenditure_basic       numeric     not null,
    expenditure_personnel   numeric,
    expenditure_public      numeric,
    expenditure_project     numeric     not null,
    project_description     text,
    expenditure_other       numeric,
    -- part 二: change against last year, as stated
    change_total            numeric,
    change_total_reason     text,
    change_basic            numeric,
    change_basic_reason     text,
    change_project          numeric,
    change_project_reason   text,
    change_other            numeric,
    change_other_reason     text,
    -- part 三
    operating_total         numeric     not null,
    -- part 四: the published total row
    three_public_total_name text,
    three_public_previous   numeric     not null,
    three_public_current    numeric     not null,
    three_public_change     numeric,
    three_public_reason     text,
    -- part 九
    other_notes             text        not null,
    constraint budget_revision_number unique (budget_id, revision)
);

create table budget_operating_expense_item (
    revision_id bigint  not null references budget_revision (id),
    position    integer not null,
    name        text    not null,
    amount      numeric not null,
    primary key (revision_id, position)
);

create table budget_three_public_row (
    revision_id   bigint      not null references budget_revision (id),
    position      integer     not null,
    category      varchar(40) not null,
    name          text        not null,
    previous_year numeric     not null,
    current_year  numeric     not null,
    change        numeric,
    reason        text,
    primary key (revision_id, position)
);

create table budget_glossary_entry (
    revision_id bigint  not null references budget_revision (id),
    position    integer not null,
    term        text    not null,
    definition  text    not null,
    primary key (revision_id, position)
);

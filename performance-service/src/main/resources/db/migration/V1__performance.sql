-- Part 五 (预算绩效信息) of a department's disclosure, per fiscal year. Every write appends a
-- revision; nothing is updated in place except the head row's pointer to its current revision.
-- Amounts and percentages are NUMERIC without a fixed scale so that the digits published (17.60,
-- 100.00, 3.75) are stored and served back exactly as given. A blank cell is NULL, never 0.
--
-- Departments belong to budget-service; this database only names them by their identity.

create table performance (
    id               bigint generated always as identity primary key,
    division_code    varchar(12) not null,
    department_code  varchar(20) not null,
    fiscal_year      smallint    not null check (fiscal_year between 2000 and 2100),
    current_revision integer     not null,
    constraint performance_identity unique (division_code, department_code, fiscal_year)
);
create index performance_fiscal_year_idx on performance (fiscal_year, division_code);

create table performance_revision (
    id             bigint generated always as identity primary key,
    performance_id bigint      not null references performance (id),
    revision       integer     not null,
    revised_at     timestamptz not null,
    content_hash   varchar(64) not null,
    constraint performance_revision_number unique (performance_id, revision)
);

-- 部门整体绩效目标: the paragraphs of 总体绩效目标, 分项绩效目标 and 工作保障措施, in one ordered list.
create table performance_department_goal (
    revision_id bigint      not null references performance_revision (id),
    position    integer     not null,
    section     varchar(20) not null check (section in ('OVERALL', 'ITEMIZED', 'SAFEGUARD')),
    text        text        not null,
    primary key (revision_id, position)
);

create table performance_project (
    id              bigint generated always as identity primary key,
    revision_id     bigint       not null references performance_revision (id),
    position        integer      not null,
    code            varchar(64)  not null,
    name            text         not null,
    unit_code       varchar(32),
    unit_name       text         not null,
    budget_total    numeric      not null,
    fiscal_funds    numeric,
    other_funds     numeric,
    purpose         text,
    plan_march      numeric,
    plan_june       numeric,
    plan_october    numeric,
    plan_december   numeric,
    -- kept with the row so that lists can show and sort by it without counting
    indicator_count integer      not null,
    constraint performance_project_position unique (revision_id, position),
    constraint performance_project_code unique (revision_id, code)
);
create index performance_project_code_idx on performance_project (code);

create table performance_project_goal (
    project_id bigint  not null references performance_project (id),
    position   integer not null,
    text       text    not null,
    primary key (project_id, position)
);

-- The indicator table flattened: each row carries its 一级, 二级 and 三级指标, in published order.
-- target is the 指标值 exactly as published; the target_* columns are its parsed form, when it has one.
create table performance_indicator (
    project_id        bigint     not null references performance_project (id),
    position          integer    not null,
    level1            text       not null,
    level2            text       not null,
    level3            text       not null,
    description       text,
    target            text,
    target_comparison varchar(2) check (target_comparison in ('GE', 'GT', 'LE', 'LT', 'EQ')),
    target_value      numeric,
    target_unit       text,
    basis             text,
    primary key (project_id, position)
);
create index performance_indicator_level1_idx on performance_indicator (level1);
create index performance_indicator_level2_idx on performance_indicator (level2);

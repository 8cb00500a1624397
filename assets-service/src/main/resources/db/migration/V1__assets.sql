-- Part 七 (国有资产) per department and fiscal year. Every write appends a revision; nothing is
-- updated in place except the head row's pointer to its current revision.
--
-- Departments belong to budget-service: this database only keeps their identity (division code,
-- department code) and never a foreign key to them, so the two services stay independent.
--
-- Values (万元) and areas (m²) are NUMERIC without a fixed scale so that the digits published
-- (0.00, 18.98, 10) are stored and served back exactly as given. A cell published as — is NULL,
-- never 0.

create table assets (
    id               bigint generated always as identity primary key,
    division_code    varchar(12) not null,
    department_code  varchar(20) not null,
    fiscal_year      smallint    not null check (fiscal_year between 2000 and 2100),
    current_revision integer     not null,
    constraint assets_identity unique (division_code, department_code, fiscal_year)
);
create index assets_fiscal_year_idx on assets (fiscal_year, division_code, department_code);

create table assets_revision (
    id                          bigint generated always as identity primary key,
    assets_id                   bigint      not null references assets (id),
    revision                    integer     not null,
    revised_at                  timestamptz not null,
    content_hash                varchar(64) not null,
    -- the prose as published, e.g. 中共阜平县委组织部2019年末固定资产总值82.22万元。
    statement                   text,
    -- 截止时间 of the table
    as_of                       date        not null,
    total_fixed_assets          numeric     not null,
    building_area               numeric,
    building_value              numeric,
    office_area                 numeric,
    office_value                numeric,
    vehicle_count               integer check (vehicle_count >= 0),
    vehicle_value               numeric,
    high_value_equipment_count  integer check (high_value_equipment_count >= 0),
    high_value_equipment_value  numeric,
    other_fixed_assets          numeric,
    -- true when the department states it plans no purchase (无拟购计划); then it has no items
    planned_purchases_none      boolean     not null,
    planned_purchases_statement text,
    constraint assets_revision_number unique (assets_id, revision)
);

create table assets_planned_purchase (
    revision_id bigint  not null references assets_revision (id),
    position    integer not null,
    name        text    not null,
    quantity    integer check (quantity >= 0),
    amount      numeric,
    primary key (revision_id, position)
);

-- The findings of the rules that read parts of different services (the gateway's CrossPartRules),
-- kept here for the gateway, which has no database: it computes them after every write it carries
-- out. fingerprint says what they were computed from (the rules and each part's revision), so that
-- findings of parts changed since are known to be stale and never counted as current.
create table cross_part_findings
(
    division_code   varchar(12) not null,
    department_code varchar(20) not null,
    fiscal_year     smallint    not null,
    fingerprint     text        not null,
    error           integer     not null,
    warning         integer     not null,
    info            integer     not null,
    findings        jsonb       not null,
    kept_at         timestamptz not null,
    primary key (fiscal_year, division_code, department_code)
);

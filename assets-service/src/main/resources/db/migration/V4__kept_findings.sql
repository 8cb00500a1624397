-- The findings of each part's current revision at tolerance 0, kept in the revision's own
-- transaction (see part-store's KeptFindings): the year's summary counts them with one grouped
-- query instead of checking every department. revision and rules_version say what they were
-- computed from; rows of another rules_version are computed again when the service starts.
create table kept_findings
(
    part            varchar(40) not null,
    division_code   varchar(12) not null,
    department_code varchar(20) not null,
    fiscal_year     smallint    not null,
    revision        integer     not null,
    rules_version   char(64)    not null,
    error           integer     not null,
    warning         integer     not null,
    info            integer     not null,
    findings        jsonb       not null,
    primary key (part, division_code, department_code, fiscal_year)
);

-- A year's counts group by department in department order.
create index kept_findings_year on kept_findings (fiscal_year, division_code, department_code);

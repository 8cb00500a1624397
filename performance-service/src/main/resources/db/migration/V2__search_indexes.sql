-- Analysts search every department's projects of a year by a fragment of the name or code
-- (lower(name) like '%村干部%'); at many thousands of departments only a trigram index keeps that fast.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index performance_project_name_trgm_idx on performance_project using gin (lower(name) gin_trgm_ops);
create index performance_project_code_trgm_idx on performance_project using gin (lower(code) gin_trgm_ops);
create index performance_division_prefix_idx on performance (division_code varchar_pattern_ops);

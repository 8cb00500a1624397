-- Searching departments by a fragment of the name (lower(name) like '%组织%') cannot use a B-tree;
-- a trigram index can. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index department_name_trgm_idx on department using gin (lower(name) gin_trgm_ops);

-- Division filters are prefixes (1306 for all of 保定市), which need pattern operators whatever
-- the database's collation.
create index department_division_prefix_idx on department (division_code varchar_pattern_ops);

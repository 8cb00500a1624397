-- Division filters are prefixes (1306 for all of 保定市), which need pattern operators whatever
-- the database's collation.
create index assets_division_prefix_idx on assets (division_code varchar_pattern_ops);

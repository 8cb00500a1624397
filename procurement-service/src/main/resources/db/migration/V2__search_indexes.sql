-- Division filters are prefixes (1306 for all of 保定市), which need pattern operators whatever
-- the database's collation.
create index procurement_division_prefix_idx on procurement (division_code varchar_pattern_ops);

-- Part 三 as published: the paragraph that states the figures, or what a unit without operating
-- expenses says instead (本部门为事业单位，不涉及机关运行经费。). Null for revisions written before.
alter table budget_revision add column operating_statement text;

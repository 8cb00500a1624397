-- A revision has dozens of projects. Ids handed out by the identity column one insert at a time
-- forced one round trip per project; taken from a sequence fifty at a time, the service inserts a
-- revision's projects in batches. The service takes the block below the value it draws, so the
-- first value drawn is 50 above the highest id stored.
create sequence performance_project_ids increment by 50 owned by performance_project.id;
select setval('performance_project_ids', coalesce((select max(id) from performance_project), 0) + 50, false);
alter table performance_project alter column id drop identity;
alter table performance_project alter column id set default nextval('performance_project_ids');

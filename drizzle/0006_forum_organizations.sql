-- "host" meant three things; an organization's role on a forum is now a forum organization.
-- A rename keeps every row (no rebuild: SQLite stores no constraint names); the index follows the table's name.
ALTER TABLE `forum_hosts` RENAME TO `forum_organizations`;--> statement-breakpoint
DROP INDEX `forum_hosts_organization`;--> statement-breakpoint
CREATE INDEX `forum_organizations_organization` ON `forum_organizations` (`organization_id`);--> statement-breakpoint
-- 主办 was the role "host"; it is "convener" now (session roles keep their "host", the MC).
UPDATE `forum_organizations` SET `role` = 'convener' WHERE `role` = 'host';--> statement-breakpoint
-- Published snapshots are read as they are stored: each forum's `hosts` becomes `organizations`
-- (appended last, where a new snapshot has it), role host → convener, every array in its order.
UPDATE `releases` SET `snapshot` = json_set(`snapshot`, '$.forums', json((
	SELECT json_group_array(json(
		CASE WHEN json_type(f.value, '$.hosts') = 'array' THEN json_set(json_remove(f.value, '$.hosts'), '$.organizations', json((
			SELECT json_group_array(json(
				CASE WHEN json_extract(h.value, '$.role') = 'host' THEN json_set(h.value, '$.role', 'convener') ELSE h.value END
			) ORDER BY h.key)
			FROM json_each(f.value, '$.hosts') AS h
		)))
		ELSE f.value END
	) ORDER BY f.key)
	FROM json_each(`releases`.`snapshot`, '$.forums') AS f
)))
WHERE json_type(`snapshot`, '$.forums') = 'array';

CREATE TABLE `sign_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`last_seen_at` integer,
	`revoked_at` integer,
	`user_agent` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sign_ins_user` ON `sign_ins` (`user_id`);--> statement-breakpoint
CREATE TABLE `email_verifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_verifications_tokenHash_unique` ON `email_verifications` (`token_hash`);--> statement-breakpoint
CREATE INDEX `email_verifications_user` ON `email_verifications` (`user_id`);--> statement-breakpoint
CREATE TABLE `__new_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guid` text NOT NULL,
	`forum_id` integer NOT NULL,
	`room_id` integer,
	`track_id` integer,
	`kind` text DEFAULT 'talk' NOT NULL,
	`title` text NOT NULL,
	`abstract` text DEFAULT '' NOT NULL,
	`starts_at` integer,
	`ends_at` integer,
	`language` text DEFAULT 'zh' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL,
	`subtitle` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`type_label` text,
	`external_id` integer,
	`slug` text,
	`links` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "sessions_time_range" CHECK(("__new_sessions"."starts_at" is null and "__new_sessions"."ends_at" is null) or ("__new_sessions"."starts_at" is not null and "__new_sessions"."ends_at" is not null and "__new_sessions"."ends_at" >= "__new_sessions"."starts_at"))
);
--> statement-breakpoint
INSERT INTO `__new_sessions`("id", "guid", "forum_id", "room_id", "track_id", "kind", "title", "abstract", "starts_at", "ends_at", "language", "status", "version", "translations", "subtitle", "description", "type_label", "external_id", "slug", "links", "created_at", "updated_at") SELECT "id", "guid", "forum_id", "room_id", "track_id", "kind", "title", "abstract", "starts_at", "ends_at", "language", "status", "version", "translations", "subtitle", "description", "type_label", "external_id", "slug", "links", "created_at", "updated_at" FROM `sessions`;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_guid_unique` ON `sessions` (`guid`);--> statement-breakpoint
CREATE INDEX `sessions_forum_start` ON `sessions` (`forum_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `sessions_room_start` ON `sessions` (`room_id`,`starts_at`);--> statement-breakpoint
-- Speakers become per conference (every conference is a tenant). A profile used by
-- several conferences is split: the lowest conference keeps the row and its id, the
-- others get copies (same guid, slug, words, photo and account) that their sessions
-- and unavailability are moved to. Invitations stay with the original row.
CREATE TABLE `__speaker_conferences` (`speaker_id` integer NOT NULL, `conference_id` integer NOT NULL, PRIMARY KEY(`speaker_id`, `conference_id`));--> statement-breakpoint
INSERT OR IGNORE INTO `__speaker_conferences` SELECT sp.`speaker_id`, f.`conference_id` FROM `session_people` sp JOIN `sessions` s ON s.`id` = sp.`session_id` JOIN `forums` f ON f.`id` = s.`forum_id`;--> statement-breakpoint
INSERT OR IGNORE INTO `__speaker_conferences` SELECT `speaker_id`, `conference_id` FROM `speaker_unavailability`;--> statement-breakpoint
-- A profile in no session yet: the conference whose workspace or import created it (read once, here, to place existing rows).
INSERT OR IGNORE INTO `__speaker_conferences` SELECT s.`id`, (SELECT a.`conference_id` FROM `audit_log` a WHERE a.`entity_type` = 'speaker' AND a.`action` IN ('speaker.create', 'speaker.import') AND a.`entity_id` = CAST(s.`id` AS text) AND a.`conference_id` IN (SELECT `id` FROM `conferences`) ORDER BY a.`id` LIMIT 1) FROM `speakers` s WHERE s.`id` NOT IN (SELECT `speaker_id` FROM `__speaker_conferences`) AND EXISTS (SELECT 1 FROM `audit_log` a WHERE a.`entity_type` = 'speaker' AND a.`action` IN ('speaker.create', 'speaker.import') AND a.`entity_id` = CAST(s.`id` AS text) AND a.`conference_id` IN (SELECT `id` FROM `conferences`));--> statement-breakpoint
-- Nothing says where it belongs: the first conference, so that no profile is lost.
INSERT OR IGNORE INTO `__speaker_conferences` SELECT s.`id`, (SELECT min(`id`) FROM `conferences`) FROM `speakers` s WHERE s.`id` NOT IN (SELECT `speaker_id` FROM `__speaker_conferences`) AND EXISTS (SELECT 1 FROM `conferences`);--> statement-breakpoint
CREATE TABLE `__speaker_copies` AS SELECT sc.`speaker_id` AS `speaker_id`, sc.`conference_id` AS `conference_id`, (SELECT coalesce(max(`id`), 0) FROM `speakers`) + row_number() OVER (ORDER BY sc.`speaker_id`, sc.`conference_id`) AS `new_id` FROM `__speaker_conferences` sc WHERE sc.`conference_id` > (SELECT min(m.`conference_id`) FROM `__speaker_conferences` m WHERE m.`speaker_id` = sc.`speaker_id`);--> statement-breakpoint
CREATE TABLE `__new_speakers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conference_id` integer NOT NULL,
	`guid` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`organization` text DEFAULT '' NOT NULL,
	`organization_id` integer,
	`bio` text DEFAULT '' NOT NULL,
	`photo` text,
	`links` text DEFAULT '[]' NOT NULL,
	`user_id` integer,
	`created_by_user_id` integer,
	`translations` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`conference_id`) REFERENCES `conferences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_speakers`("id", "conference_id", "guid", "slug", "name", "position", "organization", "organization_id", "bio", "photo", "links", "user_id", "created_by_user_id", "translations", "created_at", "updated_at") SELECT s."id", (SELECT min(sc.`conference_id`) FROM `__speaker_conferences` sc WHERE sc.`speaker_id` = s.`id`), s."guid", s."slug", s."name", s."position", s."organization", s."organization_id", s."bio", s."photo", s."links", s."user_id", (SELECT a.`user_id` FROM `audit_log` a WHERE a.`entity_type` = 'speaker' AND a.`action` = 'speaker.create' AND a.`entity_id` = CAST(s.`id` AS text) AND a.`user_id` IN (SELECT `id` FROM `users`) ORDER BY a.`id` LIMIT 1), s."translations", s."created_at", s."updated_at" FROM `speakers` s WHERE s.`id` IN (SELECT `speaker_id` FROM `__speaker_conferences`);--> statement-breakpoint
INSERT INTO `__new_speakers`("id", "conference_id", "guid", "slug", "name", "position", "organization", "organization_id", "bio", "photo", "links", "user_id", "created_by_user_id", "translations", "created_at", "updated_at") SELECT c.`new_id`, c.`conference_id`, s."guid", s."slug", s."name", s."position", s."organization", s."organization_id", s."bio", s."photo", s."links", s."user_id", NULL, s."translations", s."created_at", s."updated_at" FROM `__speaker_copies` c JOIN `speakers` s ON s.`id` = c.`speaker_id`;--> statement-breakpoint
UPDATE `session_people` SET `speaker_id` = (SELECT c.`new_id` FROM `__speaker_copies` c JOIN `sessions` se ON se.`id` = `session_people`.`session_id` JOIN `forums` f ON f.`id` = se.`forum_id` WHERE c.`speaker_id` = `session_people`.`speaker_id` AND c.`conference_id` = f.`conference_id`) WHERE EXISTS (SELECT 1 FROM `__speaker_copies` c JOIN `sessions` se ON se.`id` = `session_people`.`session_id` JOIN `forums` f ON f.`id` = se.`forum_id` WHERE c.`speaker_id` = `session_people`.`speaker_id` AND c.`conference_id` = f.`conference_id`);--> statement-breakpoint
UPDATE `speaker_unavailability` SET `speaker_id` = (SELECT c.`new_id` FROM `__speaker_copies` c WHERE c.`speaker_id` = `speaker_unavailability`.`speaker_id` AND c.`conference_id` = `speaker_unavailability`.`conference_id`) WHERE EXISTS (SELECT 1 FROM `__speaker_copies` c WHERE c.`speaker_id` = `speaker_unavailability`.`speaker_id` AND c.`conference_id` = `speaker_unavailability`.`conference_id`);--> statement-breakpoint
DROP TABLE `speakers`;--> statement-breakpoint
ALTER TABLE `__new_speakers` RENAME TO `speakers`;--> statement-breakpoint
DROP TABLE `__speaker_copies`;--> statement-breakpoint
DROP TABLE `__speaker_conferences`;--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_conference_guid` ON `speakers` (`conference_id`,`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_conference_slug` ON `speakers` (`conference_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_conference_user` ON `speakers` (`conference_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `speakers_user` ON `speakers` (`user_id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `created_by_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;--> statement-breakpoint
-- Accounts made before addresses were confirmed came from the command line or the demo seed (trusted), except
-- those made by accepting an invitation, whose link the inviter also saw: those stay unconfirmed.
UPDATE `users` SET `email_verified_at` = `created_at` WHERE `id` NOT IN (SELECT `user_id` FROM `audit_log` WHERE `action` = 'invitation.accept' AND `user_id` IS NOT NULL AND json_extract(`details`, '$.newAccount') = 1);

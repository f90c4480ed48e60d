-- Public search over the latest release of each conference (db/search/, lib/search/).
-- Kept out of db/schema because drizzle-kit cannot describe virtual tables.
-- The trigram tokenizer finds substrings, which Chinese needs (no spaces between
-- words); terms under three characters are matched with LIKE over the same columns.
CREATE VIRTUAL TABLE `search_documents` USING fts5(
	`release_id` UNINDEXED,
	`kind` UNINDEXED,
	`ref` UNINDEXED,
	`sort_key` UNINDEXED,
	`title`,
	`subtitle`,
	`body`,
	tokenize = 'trigram case_sensitive 0'
);
--> statement-breakpoint
-- A virtual table has no foreign keys: drop a release's documents with the release
-- (also when a conference is deleted and its releases go by cascade).
CREATE TRIGGER `releases_delete_search_documents` AFTER DELETE ON `releases` BEGIN
	DELETE FROM `search_documents` WHERE `release_id` = old.`id`;
END;

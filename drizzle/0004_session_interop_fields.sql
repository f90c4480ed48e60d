ALTER TABLE `sessions` ADD `subtitle` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `type_label` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `external_id` integer;--> statement-breakpoint
ALTER TABLE `sessions` ADD `slug` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `links` text DEFAULT '[]' NOT NULL;
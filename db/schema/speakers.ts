import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { SpeakerLink } from "@/lib/domain/vocabulary";
import { id, timestamps, translations } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";
import { sql } from "drizzle-orm";

/**
 * A person who takes roles in sessions. A speaker profile spans conferences;
 * `position` and `organization` are the words shown beside the name, and
 * `organizationId` links the organization when it is known to Podium.
 */
export const speakers = sqliteTable("speakers", {
  id: id(),
  guid: text()
    .notNull()
    .unique()
    .$defaultFn(() => crypto.randomUUID()),
  slug: text().notNull().unique(),
  name: text().notNull(),
  position: text().notNull().default(""),
  organization: text().notNull().default(""),
  organizationId: integer().references(() => organizations.id, { onDelete: "set null" }),
  bio: text().notNull().default(""),
  photo: text(),
  links: text({ mode: "json" })
    .$type<SpeakerLink[]>()
    .notNull()
    .default(sql`'[]'`),
  // The account that may edit this profile (speaker self-service).
  userId: integer()
    .unique()
    .references(() => users.id, { onDelete: "set null" }),
  translations: translations<"name" | "position" | "organization" | "bio">(),
  ...timestamps,
});

export type Speaker = typeof speakers.$inferSelect;
export type NewSpeaker = typeof speakers.$inferInsert;

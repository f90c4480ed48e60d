import { sql } from "drizzle-orm";
import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { SpeakerLink } from "@/lib/domain/vocabulary";
import { mentionedId, timestamps, translations } from "./columns";
import { conferenceOwned } from "./conference-owned";
import { organizations } from "./organizations";
import { users } from "./users";

/**
 * A person's profile at one conference: every conference is a tenant, so the
 * same person speaking at two conferences has two rows (with the same guid),
 * each edited by that conference's organizers. The account (`userId`) is
 * global: a speaker's own edits reach every profile linked to their account.
 * `position` and `organization` are the words shown beside the name, and
 * `organizationId` links the organization when it is known to Podium.
 */
export const speakers = sqliteTable(
  "speakers",
  {
    ...conferenceOwned(),
    guid: text()
      .notNull()
      .$defaultFn(() => crypto.randomUUID()),
    slug: text().notNull(),
    name: text().notNull(),
    position: text().notNull().default(""),
    organization: text().notNull().default(""),
    organizationId: mentionedId(() => organizations.id),
    bio: text().notNull().default(""),
    photo: text(),
    links: text({ mode: "json" })
      .$type<SpeakerLink[]>()
      .notNull()
      .default(sql`'[]'`),
    // The account that may edit this profile (speaker self-service).
    userId: mentionedId(() => users.id),
    // Who added the profile from the workspace: a forum editor may keep correcting it until it is in a session.
    createdByUserId: mentionedId(() => users.id),
    translations: translations<"name" | "position" | "organization" | "bio">(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("speakers_conference_guid").on(t.conferenceId, t.guid),
    uniqueIndex("speakers_conference_slug").on(t.conferenceId, t.slug),
    uniqueIndex("speakers_conference_user").on(t.conferenceId, t.userId),
    index("speakers_user").on(t.userId),
  ],
);

export type Speaker = typeof speakers.$inferSelect;
export type NewSpeaker = typeof speakers.$inferInsert;

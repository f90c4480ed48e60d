import { index, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";
import { instant, mentionedId } from "./columns";
import { conferenceOwned } from "./conference-owned";
import { users } from "./users";

/**
 * A published schedule version. Its programme is immutable: public pages and
 * exports read the snapshot, so drafts never leak and a release can be served
 * as bytes. The one exception is speakers' own profile text in the latest
 * release, which follows their edits (db/releases/refresh-speaker.ts):
 * a profile belongs to its speaker, not to a schedule version.
 */
export const releases = sqliteTable(
  "releases",
  {
    ...conferenceOwned(),
    version: text().notNull(),
    publishedAt: instant().notNull(),
    publishedByUserId: mentionedId(() => users.id),
    snapshot: text({ mode: "json" }).$type<ReleaseSnapshot>().notNull(),
    changelog: text({ mode: "json" }).$type<ReleaseChangelog>().notNull(),
    // When a speaker's own edit last reached this snapshot; part of what its bytes depend on.
    speakersRevisedAt: instant(),
  },
  (t) => [
    unique("releases_conference_version").on(t.conferenceId, t.version),
    index("releases_conference_published").on(t.conferenceId, t.publishedAt),
  ],
);

export type Release = typeof releases.$inferSelect;

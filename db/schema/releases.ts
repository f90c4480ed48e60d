import { index, integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";
import { id, instant } from "./columns";
import { conferences } from "./conferences";
import { users } from "./users";

/**
 * A published schedule version. The snapshot is immutable: public pages and
 * exports read it, so drafts never leak and a release can be served as bytes.
 */
export const releases = sqliteTable(
  "releases",
  {
    id: id(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    version: text().notNull(),
    publishedAt: instant().notNull(),
    publishedByUserId: integer().references(() => users.id, { onDelete: "set null" }),
    snapshot: text({ mode: "json" }).$type<ReleaseSnapshot>().notNull(),
    changelog: text({ mode: "json" }).$type<ReleaseChangelog>().notNull(),
  },
  (t) => [unique("releases_conference_version").on(t.conferenceId, t.version), index("releases_conference_published").on(t.conferenceId, t.publishedAt)],
);

export type Release = typeof releases.$inferSelect;

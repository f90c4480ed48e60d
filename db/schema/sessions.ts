import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sessionKinds, sessionStatuses } from "@/lib/domain/vocabulary";
import { id, instant, mentionedId, ownerId, timestamps, translations } from "./columns";
import { forums } from "./forums";
import { rooms } from "./rooms";
import { tracks } from "./tracks";

/** A programme item: keynote, talk, panel dialogue, ceremony, break. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: id(),
    // Stable public identity for exports and calendar UIDs; never changes.
    guid: text()
      .notNull()
      .unique()
      .$defaultFn(() => crypto.randomUUID()),
    forumId: ownerId(() => forums.id),
    roomId: integer().references(() => rooms.id, { onDelete: "restrict" }),
    trackId: mentionedId(() => tracks.id),
    kind: text({ enum: sessionKinds }).notNull().default("talk"),
    title: text().notNull(),
    abstract: text().notNull().default(""),
    startsAt: instant(),
    endsAt: instant(),
    language: text().notNull().default("zh"),
    status: text({ enum: sessionStatuses }).notNull().default("draft"),
    // Optimistic concurrency: every write must name the version it read.
    version: integer().notNull().default(1),
    translations: translations<"title" | "abstract">(),
    // What schedule files carry beyond Podium's own fields, kept so an imported
    // programme exports as it came (see lib/interop/).
    subtitle: text().notNull().default(""),
    description: text().notNull().default(""),
    /** The type word of the source (`lecture`, `devroom`); exports fall back to `kind`. */
    typeLabel: text(),
    /** The source's numeric event id, kept for exports' `id`; Podium's own sessions use their row id. */
    externalId: integer(),
    /** The source's event slug, if any. */
    slug: text(),
    links: text({ mode: "json" })
      .$type<Array<{ url: string; title: string }>>()
      .notNull()
      .default(sql`'[]'`),
    ...timestamps,
  },
  (t) => [
    // A session may be an instant (an opening bell, a deadline): start and end may be equal.
    check(
      "sessions_time_range",
      sql`(${t.startsAt} is null and ${t.endsAt} is null) or (${t.startsAt} is not null and ${t.endsAt} is not null and ${t.endsAt} >= ${t.startsAt})`,
    ),
    index("sessions_forum_start").on(t.forumId, t.startsAt),
    index("sessions_room_start").on(t.roomId, t.startsAt),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

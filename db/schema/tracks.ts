import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { id, ownerId, timestamps, translations } from "./columns";
import { conferences } from "./conferences";

export const tracks = sqliteTable(
  "tracks",
  {
    id: id(),
    conferenceId: ownerId(() => conferences.id),
    slug: text().notNull(),
    name: text().notNull(),
    color: text().notNull().default("#4f46e5"),
    position: integer().notNull().default(0),
    translations: translations<"name">(),
    ...timestamps,
  },
  (t) => [unique("tracks_conference_slug").on(t.conferenceId, t.slug)],
);

export type Track = typeof tracks.$inferSelect;
export type NewTrack = typeof tracks.$inferInsert;

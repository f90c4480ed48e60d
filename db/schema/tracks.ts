import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { timestamps, translations } from "./columns";
import { conferenceListItem } from "./conference-owned";

export const tracks = sqliteTable(
  "tracks",
  {
    ...conferenceListItem(),
    color: text().notNull().default("#4f46e5"),
    position: integer().notNull().default(0),
    translations: translations<"name">(),
    ...timestamps,
  },
  (t) => [unique("tracks_conference_slug").on(t.conferenceId, t.slug)],
);

export type Track = typeof tracks.$inferSelect;
export type NewTrack = typeof tracks.$inferInsert;

import { integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { timestamps, translations } from "./columns";
import { conferenceListItem } from "./conference-owned";

export const rooms = sqliteTable(
  "rooms",
  {
    ...conferenceListItem(),
    description: text().notNull().default(""),
    capacity: integer(),
    position: integer().notNull().default(0),
    translations: translations<"name" | "description">(),
    ...timestamps,
  },
  (t) => [unique("rooms_conference_slug").on(t.conferenceId, t.slug)],
);

export type Room = typeof rooms.$inferSelect;
export type NewRoom = typeof rooms.$inferInsert;

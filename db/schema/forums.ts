import { index, integer, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";
import { forumKinds } from "@/lib/domain/vocabulary";
import { localDate, timestamps, translations } from "./columns";
import { conferenceOwned } from "./conference-owned";

export const forums = sqliteTable(
  "forums",
  {
    ...conferenceOwned(),
    slug: text().notNull(),
    kind: text({ enum: forumKinds }).notNull().default("forum"),
    name: text().notNull(),
    theme: text().notNull().default(""),
    description: text().notNull().default(""),
    date: localDate().notNull(),
    position: integer().notNull().default(0),
    translations: translations<"name" | "theme" | "description">(),
    ...timestamps,
  },
  (t) => [
    unique("forums_conference_slug").on(t.conferenceId, t.slug),
    index("forums_conference_date").on(t.conferenceId, t.date),
  ],
);

export type Forum = typeof forums.$inferSelect;
export type NewForum = typeof forums.$inferInsert;

import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { locales } from "@/lib/domain/vocabulary";
import { id, localDate, timestamps, translations } from "./columns";

export const conferences = sqliteTable(
  "conferences",
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    shortName: text(),
    theme: text().notNull().default(""),
    description: text().notNull().default(""),
    city: text().notNull().default(""),
    venue: text().notNull().default(""),
    timeZone: text().notNull(),
    startDate: localDate().notNull(),
    endDate: localDate().notNull(),
    defaultLocale: text({ enum: locales }).notNull().default("zh-CN"),
    published: integer({ mode: "boolean" }).notNull().default(false),
    website: text(),
    translations: translations<"name" | "shortName" | "theme" | "description" | "city" | "venue">(),
    ...timestamps,
  },
  (t) => [check("conferences_dates", sql`${t.endDate} >= ${t.startDate}`)],
);

export type Conference = typeof conferences.$inferSelect;
export type NewConference = typeof conferences.$inferInsert;

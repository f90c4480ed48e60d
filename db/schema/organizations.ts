import { type AnySQLiteColumn, sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import { id, timestamps, translations } from "./columns";

export const organizations = sqliteTable("organizations", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  shortName: text(),
  description: text().notNull().default(""),
  website: text(),
  logo: text(),
  parentId: integer().references((): AnySQLiteColumn => organizations.id, { onDelete: "set null" }),
  translations: translations<"name" | "shortName" | "description">(),
  ...timestamps,
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

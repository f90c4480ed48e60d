import { type AnySQLiteColumn, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, mentionedId, timestamps, translations } from "./columns";
import { users } from "./users";

export const organizations = sqliteTable("organizations", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  shortName: text(),
  description: text().notNull().default(""),
  website: text(),
  logo: text(),
  parentId: mentionedId((): AnySQLiteColumn => organizations.id),
  // Who added it: they may edit it until it has members (then members and platform admins only).
  createdByUserId: mentionedId((): AnySQLiteColumn => users.id),
  translations: translations<"name" | "shortName" | "description">(),
  ...timestamps,
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

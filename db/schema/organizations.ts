import { type AnySQLiteColumn, sqliteTable, text, integer } from "drizzle-orm/sqlite-core";
import { id, timestamps, translations } from "./columns";
import { users } from "./users";

export const organizations = sqliteTable("organizations", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  shortName: text(),
  description: text().notNull().default(""),
  website: text(),
  logo: text(),
  parentId: integer().references((): AnySQLiteColumn => organizations.id, { onDelete: "set null" }),
  // Who added it: they may edit it until it has members (then members and platform admins only).
  createdByUserId: integer().references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
  translations: translations<"name" | "shortName" | "description">(),
  ...timestamps,
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;

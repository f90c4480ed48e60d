import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, instant, timestamps } from "./columns";

export const users = sqliteTable("users", {
  id: id(),
  // Stored lower-cased; uniqueness is therefore case-insensitive.
  email: text().notNull().unique(),
  passwordHash: text(),
  name: text().notNull().default(""),
  isPlatformAdmin: integer({ mode: "boolean" }).notNull().default(false),
  // Raised to invalidate every signed-in token of the user (JWTs cannot be revoked).
  sessionVersion: integer().notNull().default(1),
  lastSignInAt: instant(),
  // When the person proved they read this address (a link only the mailbox received);
  // organizer rights granted by email need it. Accounts made from the command line count as proved.
  emailVerifiedAt: instant(),
  ...timestamps,
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

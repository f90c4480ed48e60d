import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "./columns";
import { speakers } from "./speakers";
import { users } from "./users";

/** A single-use link that lets a person take over a speaker profile. Only a hash of the token is kept. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: id(),
    speakerId: integer()
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    email: text().notNull(),
    tokenHash: text().notNull().unique(),
    createdByUserId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    sentAt: instant(),
    acceptedAt: instant(),
    acceptedByUserId: integer().references(() => users.id, { onDelete: "set null" }),
    revokedAt: instant(),
  },
  (t) => [index("invitations_speaker").on(t.speakerId)],
);

export type Invitation = typeof invitations.$inferSelect;

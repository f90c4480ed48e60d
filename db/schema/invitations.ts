import { index, sqliteTable } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, mailedLink, mentionedId, ownerId } from "./columns";
import { speakers } from "./speakers";
import { users } from "./users";

/** A single-use link that lets a person take over a speaker profile. Only a hash of the token is kept. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: id(),
    speakerId: ownerId(() => speakers.id),
    ...mailedLink(),
    createdByUserId: mentionedId(() => users.id),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    sentAt: instant(),
    acceptedAt: instant(),
    acceptedByUserId: mentionedId(() => users.id),
    revokedAt: instant(),
  },
  (t) => [index("invitations_speaker").on(t.speakerId)],
);

export type Invitation = typeof invitations.$inferSelect;

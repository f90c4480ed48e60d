import { index, sqliteTable } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, mailedLink, ownerId } from "./columns";
import { users } from "./users";

/** A link mailed to prove an account reads its address; only a hash of the token is kept, and it is never shown. */
export const emailVerifications = sqliteTable(
  "email_verifications",
  {
    id: id(),
    userId: ownerId(() => users.id),
    ...mailedLink(),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    usedAt: instant(),
  },
  (t) => [index("email_verifications_user").on(t.userId)],
);

export type EmailVerification = typeof emailVerifications.$inferSelect;

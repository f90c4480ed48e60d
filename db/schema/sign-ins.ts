import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, ownerId } from "./columns";
import { users } from "./users";

/**
 * One row per successful sign-in (a browser or device): the sign-in token carries
 * its id, so signing out ends that token for good even though JWTs cannot be revoked,
 * and "sign out everywhere" ends every row of the account.
 */
export const signIns = sqliteTable(
  "sign_ins",
  {
    id: id(),
    userId: ownerId(() => users.id),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    lastSeenAt: instant(),
    revokedAt: instant(),
    userAgent: text().notNull().default(""),
    address: text().notNull().default(""),
  },
  (t) => [index("sign_ins_user").on(t.userId)],
);

export type SignIn = typeof signIns.$inferSelect;

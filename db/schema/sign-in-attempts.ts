import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, instant } from "./columns";

/**
 * Failed sign-ins, one row per throttle key (`account:{email}` or `address:{ip}`).
 * Rows older than the throttle window mean nothing and are pruned as new failures arrive.
 */
export const signInAttempts = sqliteTable(
  "sign_in_attempts",
  {
    id: id(),
    key: text().notNull(),
    at: instant().notNull(),
  },
  (t) => [index("sign_in_attempts_key_at").on(t.key, t.at)],
);

export type SignInAttempt = typeof signInAttempts.$inferSelect;

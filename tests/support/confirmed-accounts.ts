import type { Db } from "@/db/connection";
import { conferenceMemberships, users } from "@/db/schema";

// Organizer rights by email go only to a confirmed address (tests/integration/organizers.test.ts), so the
// rights tests that grant, revoke or keep organizers make their people with one.

/** A new account whose address is confirmed. */
export const addConfirmedUser = (db: Db, email: string) =>
  db.insert(users).values({ email, emailVerifiedAt: new Date() }).returning().get();

/** A new confirmed account that organizes the conference; its user id. */
export function addOrganizer(db: Db, conferenceId: number, email: string): number {
  const user = addConfirmedUser(db, email);
  db.insert(conferenceMemberships).values({ userId: user.id, conferenceId }).run();
  return user.id;
}

import type { Db } from "@/db/connection";
import { conferenceMemberships, conferences } from "@/db/schema";

/** A conference of one test file's own, run by the user `organizerId`, so the demo stays as seeded. */
export function conferenceRunBy(db: Db, organizerId: number, values: typeof conferences.$inferInsert) {
  const conference = db.insert(conferences).values(values).returning().get();
  db.insert(conferenceMemberships).values({ userId: organizerId, conferenceId: conference.id }).run();
  return conference;
}

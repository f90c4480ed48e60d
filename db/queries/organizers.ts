import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { conferenceMemberships, users } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

export interface Organizer {
  userId: number;
  email: string;
  name: string;
  since: Date;
}

/** The organizers of a conference. Organizers and platform admins. */
export function listOrganizers(db: Conn, viewer: Viewer | null, conferenceId: number): Organizer[] {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db
    .select({ userId: users.id, email: users.email, name: users.name, since: conferenceMemberships.createdAt })
    .from(conferenceMemberships)
    .innerJoin(users, eq(users.id, conferenceMemberships.userId))
    .where(eq(conferenceMemberships.conferenceId, conferenceId))
    .all();
}

import { asc } from "drizzle-orm";
import type { Db } from "../connection";
import { assertCanEnterConference } from "../auth/viewer";
import { organizations } from "../schema";
import type { Viewer } from "@/lib/auth/permissions";

export interface OrganizationChoice {
  id: number;
  name: string;
  shortName: string | null;
}

/** The organizations one may pick as one of a forum's organizations or a speaker's organization, for anyone working in the conference. */
export function listOrganizationChoices(db: Db, viewer: Viewer | null, conferenceId: number): OrganizationChoice[] {
  assertCanEnterConference(db, viewer, conferenceId);
  return db
    .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
    .from(organizations)
    .orderBy(asc(organizations.name))
    .all();
}

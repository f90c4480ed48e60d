import { asc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { loadConferenceForumScopes } from "../auth/actor";
import { conferences } from "../schema";
import { can, type Actor } from "@/lib/auth/permissions";

export interface WorkspaceConference {
  id: number;
  slug: string;
  name: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  published: boolean;
  /** organizer: the whole conference; host: only the forums their organization hosts. */
  access: "organizer" | "host";
}

/** The conferences an actor may enter in the workspace, with how far their rights go. */
export function listWorkspaceConferences(db: Db, actor: Actor | null): WorkspaceConference[] {
  if (!actor) return [];
  return db
    .select({ id: conferences.id, slug: conferences.slug, name: conferences.name, startDate: conferences.startDate, endDate: conferences.endDate, timeZone: conferences.timeZone, published: conferences.published })
    .from(conferences)
    .orderBy(asc(conferences.startDate), asc(conferences.slug))
    .all()
    .flatMap((c): WorkspaceConference[] => {
      if (can(actor, { action: "conference.manage", conferenceId: c.id })) return [{ ...c, access: "organizer" as const }];
      const forums = [...loadConferenceForumScopes(db, c.id).values()];
      return can(actor, { action: "conference.enter", conferenceId: c.id, forums }) ? [{ ...c, access: "host" as const }] : [];
    });
}

/** A conference by slug, if the actor may enter it. */
export function findWorkspaceConference(db: Db, actor: Actor | null, slug: string): WorkspaceConference | null {
  const row = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  if (!row) return null;
  return listWorkspaceConferences(db, actor).find((c) => c.id === row.id) ?? null;
}

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

const columns = {
  id: conferences.id,
  slug: conferences.slug,
  name: conferences.name,
  startDate: conferences.startDate,
  endDate: conferences.endDate,
  timeZone: conferences.timeZone,
  published: conferences.published,
};
type ConferenceRow = Omit<WorkspaceConference, "access">;

/** How far the actor's rights reach in one conference, or null when they may not enter it. */
function withAccess(db: Db, actor: Actor, c: ConferenceRow): WorkspaceConference | null {
  if (can(actor, { action: "conference.manage", conferenceId: c.id })) return { ...c, access: "organizer" };
  const forums = [...loadConferenceForumScopes(db, c.id).values()];
  return can(actor, { action: "conference.enter", conferenceId: c.id, forums }) ? { ...c, access: "host" } : null;
}

/** The conferences an actor may enter in the workspace, with how far their rights go. */
export function listWorkspaceConferences(db: Db, actor: Actor | null): WorkspaceConference[] {
  if (!actor) return [];
  return db
    .select(columns)
    .from(conferences)
    .orderBy(asc(conferences.startDate), asc(conferences.slug))
    .all()
    .flatMap((c) => withAccess(db, actor, c) ?? []);
}

/** A conference by slug, if the actor may enter it. Every workspace page asks this, so it looks at that conference only. */
export function findWorkspaceConference(db: Db, actor: Actor | null, slug: string): WorkspaceConference | null {
  if (!actor) return null;
  const row = db.select(columns).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? withAccess(db, actor, row) : null;
}

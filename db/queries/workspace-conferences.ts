import { asc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { loadConferenceForumScopes } from "../auth/viewer";
import { conferences } from "../schema";
import { conferenceSummaryColumns } from "./conferences";
import { can, type Viewer } from "@/lib/auth/permissions";

export interface WorkspaceConference {
  id: number;
  slug: string;
  name: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  published: boolean;
  /** The name in other languages: the workspace shows the viewer's. */
  translations: (typeof conferences.$inferSelect)["translations"];
  /** organizer: the whole conference; forumEditor: only the forums their organizations take part in. */
  access: "organizer" | "forumEditor";
}

const columns = {
  ...conferenceSummaryColumns,
  published: conferences.published,
  translations: conferences.translations,
};
type ConferenceRow = Omit<WorkspaceConference, "access">;

/** How far the viewer's rights reach in one conference, or null when they may not enter it. */
function withAccess(db: Db, viewer: Viewer, c: ConferenceRow): WorkspaceConference | null {
  if (can(viewer, { action: "conference.manage", conferenceId: c.id })) return { ...c, access: "organizer" };
  const forums = [...loadConferenceForumScopes(db, c.id).values()];
  return can(viewer, { action: "conference.enter", conferenceId: c.id, forums })
    ? { ...c, access: "forumEditor" }
    : null;
}

/** The conferences an viewer may enter in the workspace, with how far their rights go. */
export function listWorkspaceConferences(db: Db, viewer: Viewer | null): WorkspaceConference[] {
  if (!viewer) return [];
  return db
    .select(columns)
    .from(conferences)
    .orderBy(asc(conferences.startDate), asc(conferences.slug))
    .all()
    .flatMap((c) => withAccess(db, viewer, c) ?? []);
}

/** A conference by slug, if the viewer may enter it. Every workspace page asks this, so it looks at that conference only. */
export function findWorkspaceConference(db: Db, viewer: Viewer | null, slug: string): WorkspaceConference | null {
  if (!viewer) return null;
  const row = db.select(columns).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? withAccess(db, viewer, row) : null;
}

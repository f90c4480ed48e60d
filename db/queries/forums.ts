import { asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { loadConferenceForumScopes } from "../auth/viewer";
import { forumHosts, forums, organizations, sessions, type Forum } from "../schema";
import { assertCan, can, type Viewer } from "@/lib/auth/permissions";
import type { HostRole } from "@/lib/domain/vocabulary";

export interface ForumListItem extends Forum {
  hosts: Array<{ organizationId: number; name: string; shortName: string | null; role: HostRole }>;
  sessionCount: number;
  /** May edit its words (organizers and its hosts). */
  editable: boolean;
  /** May change its date and hosts and delete it (organizers). */
  manageable: boolean;
}

/** Every forum of a conference with hosts and session counts, and what this viewer may do with each. */
export function listForums(db: Db, viewer: Viewer | null, conferenceId: number): ForumListItem[] {
  const scopes = loadConferenceForumScopes(db, conferenceId);
  assertCan(viewer, { action: "conference.enter", conferenceId, forums: [...scopes.values()] });
  const rows = db
    .select()
    .from(forums)
    .where(eq(forums.conferenceId, conferenceId))
    .orderBy(asc(forums.date), asc(forums.position), asc(forums.id))
    .all();
  const ids = rows.map((f) => f.id);
  if (ids.length === 0) return [];
  const counts = new Map(
    db
      .select({ forumId: sessions.forumId, n: count() })
      .from(sessions)
      .where(inArray(sessions.forumId, ids))
      .groupBy(sessions.forumId)
      .all()
      .map((r) => [r.forumId, r.n]),
  );
  const hosts = db
    .select({
      forumId: forumHosts.forumId,
      organizationId: forumHosts.organizationId,
      role: forumHosts.role,
      name: organizations.name,
      shortName: organizations.shortName,
    })
    .from(forumHosts)
    .innerJoin(organizations, eq(organizations.id, forumHosts.organizationId))
    .where(inArray(forumHosts.forumId, ids))
    .orderBy(asc(forumHosts.position))
    .all();
  const manageable = can(viewer, { action: "conference.manage", conferenceId });
  return rows.map((f) => ({
    ...f,
    hosts: hosts
      .filter((h) => h.forumId === f.id)
      .map((h) => ({ organizationId: h.organizationId, name: h.name, shortName: h.shortName, role: h.role })),
    sessionCount: counts.get(f.id) ?? 0,
    editable: can(viewer, { action: "forum.edit", forum: scopes.get(f.id)! }),
    manageable,
  }));
}

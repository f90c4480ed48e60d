import { asc, count, eq, inArray } from "drizzle-orm";
import type { Conn, Db } from "../connection";
import { assertCanEnterConference } from "../auth/viewer";
import { forumOrganizations, forums, organizations, sessions, type Forum } from "../schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Translations } from "@/lib/domain/translations";
import type { ForumOrganizationRole } from "@/lib/domain/vocabulary";

export interface ForumListItem extends Forum {
  organizations: Array<{
    organizationId: number;
    name: string;
    shortName: string | null;
    translations: Translations<"name" | "shortName">;
    role: ForumOrganizationRole;
  }>;
  sessionCount: number;
  /** May edit its words (organizers and its forum editors). */
  editable: boolean;
  /** May change its date and organizations and delete it (organizers). */
  manageable: boolean;
}

/** Every forum of a conference with its organizations and session counts, and what this viewer may do with each. */
export function listForums(db: Db, viewer: Viewer | null, conferenceId: number): ForumListItem[] {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
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
  const organizationRows = listForumOrganizations(db, ids);
  const manageable = can(viewer, { action: "conference.manage", conferenceId });
  return rows.map((f) => ({
    ...f,
    organizations: organizationRows
      .filter((o) => o.forumId === f.id)
      .map(({ organizationId, name, shortName, translations, role }) => ({
        organizationId,
        name,
        shortName,
        translations,
        role,
      })),
    sessionCount: counts.get(f.id) ?? 0,
    editable: can(viewer, { action: "forum.edit", forum: scopes.get(f.id)! }),
    manageable,
  }));
}

/** The organizations behind these forums, with their names, each forum's in its order. */
export function listForumOrganizations(db: Conn, forumIds: number[]) {
  return db
    .select({
      forumId: forumOrganizations.forumId,
      organizationId: forumOrganizations.organizationId,
      role: forumOrganizations.role,
      name: organizations.name,
      shortName: organizations.shortName,
      translations: organizations.translations,
    })
    .from(forumOrganizations)
    .innerJoin(organizations, eq(organizations.id, forumOrganizations.organizationId))
    .where(inArray(forumOrganizations.forumId, forumIds))
    .orderBy(asc(forumOrganizations.position))
    .all();
}

import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../connection";
import { listForumIds } from "../queries/forum-ids";
import { conferenceMemberships, forumOrganizations, forums, organizationMemberships, speakers, users } from "../schema";
import { assertCan, type Viewer, type ForumScope } from "@/lib/auth/permissions";

/** The viewer for a user id, with their memberships; null when the user no longer exists. */
export function loadViewer(db: Conn, userId: number): Viewer | null {
  const user = db
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return null;
  const organizerOf = db
    .select({ id: conferenceMemberships.conferenceId })
    .from(conferenceMemberships)
    .where(eq(conferenceMemberships.userId, userId))
    .all();
  const memberOf = db
    .select({ id: organizationMemberships.organizationId })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.userId, userId))
    .all();
  const profiles = db.select({ id: speakers.id }).from(speakers).where(eq(speakers.userId, userId)).all();
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    organizerOf: new Set(organizerOf.map((r) => r.id)),
    memberOf: new Set(memberOf.map((r) => r.id)),
    speakerIds: new Set(profiles.map((p) => p.id)),
  };
}

/** Forum scopes (conference and forum organizations) by forum id. */
export function loadForumScopes(db: Conn, forumIds: readonly number[]): Map<number, ForumScope> {
  const scopes = new Map<number, ForumScope & { organizationIds: number[] }>();
  if (forumIds.length === 0) return scopes;
  for (const f of db
    .select({ id: forums.id, conferenceId: forums.conferenceId })
    .from(forums)
    .where(inArray(forums.id, [...forumIds]))
    .all()) {
    scopes.set(f.id, { conferenceId: f.conferenceId, organizationIds: [] });
  }
  for (const row of db
    .select({ forumId: forumOrganizations.forumId, organizationId: forumOrganizations.organizationId })
    .from(forumOrganizations)
    .where(inArray(forumOrganizations.forumId, [...forumIds]))
    .all()) {
    scopes.get(row.forumId)?.organizationIds.push(row.organizationId);
  }
  return scopes;
}

/** Every forum scope of a conference, by forum id. */
export function loadConferenceForumScopes(db: Conn, conferenceId: number): Map<number, ForumScope> {
  return loadForumScopes(db, listForumIds(db, conferenceId));
}

/**
 * Refuses a viewer who may not work in the conference (its organizers and the editors of one of
 * its forums may); returns its forum scopes by forum id for the checks that follow.
 */
export function assertCanEnterConference(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
): Map<number, ForumScope> {
  const scopes = loadConferenceForumScopes(db, conferenceId);
  assertCan(viewer, { action: "conference.enter", conferenceId, forums: [...scopes.values()] });
  return scopes;
}

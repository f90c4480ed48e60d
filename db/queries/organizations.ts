import { count, countDistinct, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import {
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  speakers,
  type Organization,
} from "../schema";
import { assertCan, can, type OrganizationScope, type Viewer } from "@/lib/auth/permissions";

/** What decides who may edit an organization; null when there is none with that id. */
export function loadOrganizationScope(db: Conn, organizationId: number): OrganizationScope | null {
  const row = db
    .select({ id: organizations.id, createdByUserId: organizations.createdByUserId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  if (!row) return null;
  return { ...row, hasMembers: countMembers(db, organizationId) > 0 };
}

const countMembers = (db: Conn, organizationId: number) =>
  db
    .select({ n: count() })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.organizationId, organizationId))
    .get()!.n;

export interface OrganizationReferences {
  /** The forums it is one of the organizations of, each once, with their conference. */
  forums: Array<{ name: string; conference: string; conferenceId: number }>;
  speakerCount: number;
  memberCount: number;
  /** The names of its sub-organizations. */
  children: string[];
}

/** What still points at an organization, and so keeps it from being deleted. */
export function findOrganizationReferences(db: Conn, organizationId: number): OrganizationReferences {
  const itsForums = db
    .selectDistinct({ name: forums.name, conference: conferences.slug, conferenceId: conferences.id })
    .from(forumOrganizations)
    .innerJoin(forums, eq(forums.id, forumOrganizations.forumId))
    .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
    .where(eq(forumOrganizations.organizationId, organizationId))
    .all();
  const speakerCount = db
    .select({ n: count() })
    .from(speakers)
    .where(eq(speakers.organizationId, organizationId))
    .get()!.n;
  const children = db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.parentId, organizationId))
    .all();
  return {
    forums: itsForums,
    speakerCount,
    memberCount: countMembers(db, organizationId),
    children: children.map((c) => c.name),
  };
}

export type OrganizationRow = Organization & {
  parentName: string | null;
  forumCount: number;
  speakerCount: number;
  memberCount: number;
  childCount: number;
  editable: boolean;
};

/** Every organization with its parent's name, what refers to it, and whether the viewer may edit it. Platform admins, organizers and members of organizations. */
export function listOrganizations(db: Conn, viewer: Viewer | null): OrganizationRow[] {
  assertCan(viewer, { action: "organization.manage" });
  const tally = (rows: Array<{ id: number | null; n: number }>) => new Map(rows.map((r) => [r.id, r.n]));
  const forumCounts = tally(
    db
      .select({ id: forumOrganizations.organizationId, n: countDistinct(forumOrganizations.forumId) })
      .from(forumOrganizations)
      .groupBy(forumOrganizations.organizationId)
      .all(),
  );
  const speakerCounts = tally(
    db.select({ id: speakers.organizationId, n: count() }).from(speakers).groupBy(speakers.organizationId).all(),
  );
  const memberCounts = tally(
    db
      .select({ id: organizationMemberships.organizationId, n: count() })
      .from(organizationMemberships)
      .groupBy(organizationMemberships.organizationId)
      .all(),
  );
  const all = db.select().from(organizations).all();
  const names = new Map(all.map((o) => [o.id, o.name]));
  const childCounts = new Map<number, number>();
  for (const o of all) if (o.parentId !== null) childCounts.set(o.parentId, (childCounts.get(o.parentId) ?? 0) + 1);
  return all.map((o) => ({
    ...o,
    parentName: o.parentId === null ? null : (names.get(o.parentId) ?? null),
    forumCount: forumCounts.get(o.id) ?? 0,
    speakerCount: speakerCounts.get(o.id) ?? 0,
    memberCount: memberCounts.get(o.id) ?? 0,
    childCount: childCounts.get(o.id) ?? 0,
    editable: can(viewer, {
      action: "organization.edit",
      organization: { id: o.id, createdByUserId: o.createdByUserId, hasMembers: (memberCounts.get(o.id) ?? 0) > 0 },
    }),
  }));
}

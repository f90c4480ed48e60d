import { count, countDistinct, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { forumOrganizations, organizationMemberships, organizations, speakers, type Organization } from "../schema";
import { assertCan, can, type OrganizationScope, type Viewer } from "@/lib/auth/permissions";

/** What decides who may edit an organization; null when there is none with that id. */
export function loadOrganizationScope(db: Conn, organizationId: number): OrganizationScope | null {
  const row = db
    .select({ id: organizations.id, createdByUserId: organizations.createdByUserId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  if (!row) return null;
  const members = db
    .select({ n: count() })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.organizationId, organizationId))
    .get()!.n;
  return { ...row, hasMembers: members > 0 };
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

import type { ProblemCode } from "@/lib/errors/problem";

// Who may do what. Plain data in, a yes or no out: every server action, route
// handler and data function asks here after loading the viewer and the resource.

/** The signed-in person: their account and the rights their memberships give them. */
export interface Viewer {
  userId: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  /** Conferences this person organizes. */
  organizerOf: ReadonlySet<number>;
  /** Organizations this person is a member of (being one of a forum's organizations makes them its forum editor). */
  memberOf: ReadonlySet<number>;
  /** The speaker profiles this account maintains (accepted invitations), one per conference at most. */
  speakerIds: ReadonlySet<number>;
}

export interface ForumScope {
  conferenceId: number;
  /** The forum's organizations, in any role (convener, organizer, co-organizer, sponsor). */
  organizationIds: readonly number[];
}

export interface OrganizationScope {
  id: number;
  /** Who added it, if known. */
  createdByUserId: number | null;
  /** Whether anyone is a member of it yet. */
  hasMembers: boolean;
}

export type Permission =
  | { action: "conference.create" }
  | { action: "conference.manage"; conferenceId: number }
  | { action: "conference.enter"; conferenceId: number; forums: readonly ForumScope[] }
  | { action: "forum.edit"; forum: ForumScope }
  | { action: "organization.manage" }
  | { action: "organization.create" }
  | { action: "organization.edit"; organization: OrganizationScope }
  | { action: "speaker.editOwn"; speakerId: number }
  | { action: "platform.manage" };

export const isOrganizer = (viewer: Viewer, conferenceId: number) =>
  viewer.isPlatformAdmin || viewer.organizerOf.has(conferenceId);

/** A forum editor: a member of one of the forum's organizations, who may edit that forum and its sessions. */
export const isForumEditor = (viewer: Viewer, forum: ForumScope) =>
  forum.organizationIds.some((id) => viewer.memberOf.has(id));

/**
 * - platform admin: everything but another person's own-profile edits;
 * - organizer of a conference: everything inside that conference;
 * - forum editor: that forum and its sessions (edit, schedule), nothing else;
 * - speaker: their own profile and unavailability, nothing else;
 * - anyone else: nothing here (public pages need no permission).
 */
export function can(viewer: Viewer | null, permission: Permission): boolean {
  if (!viewer) return false;
  // A speaker's own edits are theirs alone, audited as theirs: admins edit profiles in the workspace.
  if (permission.action === "speaker.editOwn") return viewer.speakerIds.has(permission.speakerId);
  if (viewer.isPlatformAdmin) return true;
  switch (permission.action) {
    case "conference.create":
    case "platform.manage":
      return false;
    case "organization.manage":
      // The directory of organizations is shared by all conferences: organizers pick forum organizations from it, members keep theirs.
      return viewer.organizerOf.size > 0 || viewer.memberOf.size > 0;
    case "organization.create":
      return viewer.organizerOf.size > 0;
    case "organization.edit":
      // Shared by every conference, so no conference's organizer owns it: its members do, and whoever
      // added it until it has members (to correct a typo right after adding it).
      return (
        viewer.memberOf.has(permission.organization.id) ||
        (!permission.organization.hasMembers && permission.organization.createdByUserId === viewer.userId)
      );
    case "conference.manage":
      return viewer.organizerOf.has(permission.conferenceId);
    case "conference.enter":
      return (
        viewer.organizerOf.has(permission.conferenceId) ||
        permission.forums.some((f) => f.conferenceId === permission.conferenceId && isForumEditor(viewer, f))
      );
    case "forum.edit":
      return isOrganizer(viewer, permission.forum.conferenceId) || isForumEditor(viewer, permission.forum);
  }
}

/**
 * Thrown by data functions when the viewer may not do what was asked; actions turn it into
 * its problem code (a narrower one than "forbidden" where the viewer may do part of it, as a
 * forum editor may change a forum's words), routes into 403.
 */
export class ForbiddenError extends Error {
  readonly code: ProblemCode;
  constructor(code: ProblemCode = "forbidden") {
    super(code);
    this.name = "ForbiddenError";
    this.code = code;
  }
}

export function assertCan(viewer: Viewer | null, permission: Permission): asserts viewer is Viewer {
  if (!can(viewer, permission)) throw new ForbiddenError();
}

// Who may do what. Plain data in, a yes or no out: every server action, route
// handler and data function asks here after loading the actor and the resource.

/** A signed-in person and the rights their memberships give them. */
export interface Actor {
  userId: number;
  isPlatformAdmin: boolean;
  /** Conferences this person organizes. */
  organizerOf: ReadonlySet<number>;
  /** Organizations this person is a member of (a forum's hosting organization makes them its host). */
  memberOf: ReadonlySet<number>;
  /** The speaker profiles this account maintains (accepted invitations), one per conference at most. */
  speakerIds: ReadonlySet<number>;
}

export interface ForumScope {
  conferenceId: number;
  /** Organizations hosting the forum, in any host role. */
  hostOrganizationIds: readonly number[];
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

export const isOrganizer = (actor: Actor, conferenceId: number) =>
  actor.isPlatformAdmin || actor.organizerOf.has(conferenceId);

/** A host of a forum: a member of one of its hosting organizations. */
export const isForumHost = (actor: Actor, forum: ForumScope) =>
  forum.hostOrganizationIds.some((id) => actor.memberOf.has(id));

/**
 * - platform admin: everything but another person's own-profile edits;
 * - organizer of a conference: everything inside that conference;
 * - forum host: that forum and its sessions (edit, schedule), nothing else;
 * - speaker: their own profile and unavailability, nothing else;
 * - anyone else: nothing here (public pages need no permission).
 */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  // A speaker's own edits are theirs alone, audited as theirs: admins edit profiles in the workspace.
  if (permission.action === "speaker.editOwn") return actor.speakerIds.has(permission.speakerId);
  if (actor.isPlatformAdmin) return true;
  switch (permission.action) {
    case "conference.create":
    case "platform.manage":
      return false;
    case "organization.manage":
      // The directory of organizations is shared by all conferences: organizers pick hosts from it, members keep theirs.
      return actor.organizerOf.size > 0 || actor.memberOf.size > 0;
    case "organization.create":
      return actor.organizerOf.size > 0;
    case "organization.edit":
      // Shared by every conference, so no conference's organizer owns it: its members do, and whoever
      // added it until it has members (to correct a typo right after adding it).
      return (
        actor.memberOf.has(permission.organization.id) ||
        (!permission.organization.hasMembers && permission.organization.createdByUserId === actor.userId)
      );
    case "conference.manage":
      return actor.organizerOf.has(permission.conferenceId);
    case "conference.enter":
      return (
        actor.organizerOf.has(permission.conferenceId) ||
        permission.forums.some((f) => f.conferenceId === permission.conferenceId && isForumHost(actor, f))
      );
    case "forum.edit":
      return isOrganizer(actor, permission.forum.conferenceId) || isForumHost(actor, permission.forum);
  }
}

/** Thrown by data functions when the actor may not do what was asked; actions turn it into a message, routes into 403. */
export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new ForbiddenError();
}

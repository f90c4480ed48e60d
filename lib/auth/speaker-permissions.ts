import { can, ForbiddenError, isForumEditor, isOrganizer, type Viewer, type ForumScope } from "./permissions";

/** What decides who may edit a speaker profile: stored facts about the row, never its history. */
export interface SpeakerScope {
  /** The conference the profile belongs to (a tenant: nothing outside it may touch it). */
  conferenceId: number;
  /** The forums of the sessions (drafts included) the speaker takes part in, all of this conference. */
  forums: readonly ForumScope[];
  /** An account maintains the profile itself (accepted invitation). */
  maintained: boolean;
  /** Who added the profile from the workspace, if known. */
  createdByUserId: number | null;
}

/**
 * - platform admin, organizers of the profile's conference: always;
 * - a forum editor: a profile nobody maintains whose every session is in a forum they edit
 *   (their panelists), or one they added and nobody has put in a session yet.
 * A forum editor never edits a speaker who also speaks in another forum, nor a profile its speaker keeps.
 */
export function canEditSpeaker(viewer: Viewer | null, scope: SpeakerScope): boolean {
  if (!viewer) return false;
  if (isOrganizer(viewer, scope.conferenceId)) return true;
  if (scope.maintained) return false;
  // Callers have checked that the viewer works in this conference at all (conference.enter).
  if (scope.forums.length === 0) return scope.createdByUserId === viewer.userId;
  return scope.forums.every((forum) => forum.conferenceId === scope.conferenceId && isForumEditor(viewer, forum));
}

export function assertCanEditSpeaker(viewer: Viewer | null, scope: SpeakerScope): asserts viewer is Viewer {
  if (!canEditSpeaker(viewer, scope)) throw new ForbiddenError();
}

/** Inviting someone to keep a profile, or unlinking the account that keeps it: organizers of its conference only. */
export function canManageSpeakerAccount(viewer: Viewer | null, scope: Pick<SpeakerScope, "conferenceId">): boolean {
  return viewer !== null && isOrganizer(viewer, scope.conferenceId);
}

export function assertCanManageSpeakerAccount(
  viewer: Viewer | null,
  scope: Pick<SpeakerScope, "conferenceId">,
): asserts viewer is Viewer {
  if (!canManageSpeakerAccount(viewer, scope)) throw new ForbiddenError();
}

/** A speaker's own edits (/me): theirs alone, and a refusal says so (notOwnProfile). */
export function assertOwnProfile(viewer: Viewer | null, speakerId: number): asserts viewer is Viewer {
  if (!can(viewer, { action: "speaker.editOwn", speakerId })) throw new ForbiddenError("notOwnProfile");
}

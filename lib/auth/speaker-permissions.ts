import { can, ForbiddenError, isOrganizer, type Actor, type ForumScope } from "./permissions";

/** What decides who may edit a speaker profile, which spans conferences. */
export interface SpeakerScope {
  /** The forums where the speaker takes part in a session. */
  forums: readonly ForumScope[];
  /** The workspace the profile was created from, and by whom (from the audit log). */
  createdIn: ReadonlyArray<{ conferenceId: number | null; userId: number | null }>;
}

/**
 * - platform admin: every speaker;
 * - organizers of a conference where the speaker has a session, or whose workspace created the profile;
 * - hosts of a forum where the speaker has a session (they add panelists);
 * - whoever created the profile, so a host can correct a new speaker before adding them to a session.
 */
export function canEditSpeaker(actor: Actor | null, scope: SpeakerScope): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return true;
  return (
    scope.forums.some((forum) => can(actor, { action: "forum.edit", forum })) ||
    scope.createdIn.some((c) => (c.conferenceId !== null && isOrganizer(actor, c.conferenceId)) || c.userId === actor.userId)
  );
}

export function assertCanEditSpeaker(actor: Actor | null, scope: SpeakerScope): asserts actor is Actor {
  if (!canEditSpeaker(actor, scope)) throw new ForbiddenError();
}

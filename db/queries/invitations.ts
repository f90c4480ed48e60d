import { and, desc, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { invitations, speakers, users, type Invitation } from "../schema";
import type { Viewer } from "@/lib/auth/permissions";
import { assertCanManageSpeakerAccount } from "@/lib/auth/speaker-permissions";
import { hashInvitationToken, invitationStatus, type InvitationStatus } from "@/lib/invitations/token";

/** An invitation as shown to people: everything but the token's hash. */
export type InvitationView = Omit<Invitation, "tokenHash">;
export type InvitationRow = InvitationView & { status: InvitationStatus };

export function invitationView(invitation: Invitation): InvitationView {
  const { tokenHash, ...rest } = invitation;
  void tokenHash;
  return rest;
}

/** A speaker of this conference, or undefined: a speaker of another conference is not found. */
export const findSpeakerHere = (db: Conn, conferenceId: number, speakerId: number) =>
  db
    .select()
    .from(speakers)
    .where(and(eq(speakers.id, speakerId), eq(speakers.conferenceId, conferenceId)))
    .get();

/** A speaker's invitations with their status, newest first. The organizers of the speaker's conference only. */
export function listInvitations(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number,
  now = new Date(),
): InvitationRow[] {
  assertCanManageSpeakerAccount(viewer, { conferenceId });
  if (!findSpeakerHere(db, conferenceId, speakerId)) return [];
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.speakerId, speakerId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .all()
    .map((inv) => ({ ...invitationView(inv), status: invitationStatus(inv, now) }));
}

export interface InvitationByToken {
  invitation: InvitationView;
  status: InvitationStatus;
  speaker: { id: number; name: string };
  hasAccount: boolean;
}

/** What the invitation page shows for a link. No viewer: holding the token is the right to see it. */
export function findInvitationByToken(db: Conn, token: string, now = new Date()): InvitationByToken | null {
  if (!token || token.length > 200) return null;
  const row = db
    .select({ invitation: invitations, speaker: { id: speakers.id, name: speakers.name } })
    .from(invitations)
    .innerJoin(speakers, eq(speakers.id, invitations.speakerId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .get();
  if (!row) return null;
  const hasAccount =
    db.select({ id: users.id }).from(users).where(eq(users.email, row.invitation.email)).get() !== undefined;
  return {
    invitation: invitationView(row.invitation),
    status: invitationStatus(row.invitation, now),
    speaker: row.speaker,
    hasAccount,
  };
}

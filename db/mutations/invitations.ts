import { and, count, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { newUserSchema } from "../auth/create-user";
import { invitations, speakers, users, type Invitation } from "../schema";
import { invalidField } from "./form-fields";
import type { WriteResult } from "./write-result";
import { fieldChanges } from "@/lib/audit/field-changes";
import { emailSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/permissions";
import { assertCanManageSpeakerAccount } from "@/lib/auth/speaker-permissions";
import {
  hashInvitationToken,
  invitationExpiry,
  invitationStatus,
  newInvitationToken,
  type InvitationStatus,
} from "@/lib/invitations/token";

/** An invitation as shown to people: everything but the token's hash. */
export type InvitationView = Omit<Invitation, "tokenHash">;
export type InvitationRow = InvitationView & { status: InvitationStatus };

const audited = ["speakerId", "email", "expiresAt", "acceptedAt", "acceptedByUserId", "revokedAt"] as const;
function view(invitation: Invitation): InvitationView {
  const { tokenHash, ...rest } = invitation;
  void tokenHash;
  return rest;
}
const invalid = (message: string) => ({ ok: false, reason: "invalid", message }) as const;

const unusable: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been used.",
  expired: "This invitation has expired. Ask the organizers to send a new one.",
  revoked: "This invitation has been revoked. Ask the organizers to send a new one.",
};

/**
 * Invitations give a person the profile to keep, so only the organizers of the profile's
 * own conference (or a platform admin) manage them; a speaker of another conference is not found.
 */
function authorize(viewer: Viewer | null, conferenceId: number): asserts viewer is Viewer {
  assertCanManageSpeakerAccount(viewer, { conferenceId });
}

const speakerHere = (db: Db, conferenceId: number, speakerId: number) =>
  db
    .select()
    .from(speakers)
    .where(and(eq(speakers.id, speakerId), eq(speakers.conferenceId, conferenceId)))
    .get();

/** At most this many invitation links an hour per inviter: each may send an email to anyone. */
export const INVITATIONS_PER_HOUR = 20;

function overLimit(t: Db, userId: number, now: Date): string | null {
  const since = new Date(now.getTime() - 60 * 60 * 1000);
  const made = t
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.createdByUserId, userId), gt(invitations.createdAt, since)))
    .get()!.n;
  if (made < INVITATIONS_PER_HOUR) return null;
  return `You have sent ${made} invitations in the last hour; please wait before sending more.`;
}

const findInvitation = (db: Db, invitationId: number) =>
  db.select().from(invitations).where(eq(invitations.id, invitationId)).get();

/** Revokes the other pending invitations of a speaker (and of one email, when given), auditing each. */
function revokePending(
  t: Db,
  userId: number | null,
  conferenceId: number,
  now: Date,
  speakerId: number,
  exceptId: number,
  email?: string,
): void {
  const pending = and(
    eq(invitations.speakerId, speakerId),
    ne(invitations.id, exceptId),
    email ? eq(invitations.email, email) : undefined,
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, now),
  );
  for (const before of t.select().from(invitations).where(pending).all()) {
    const after = t.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, before.id)).returning().get();
    recordAudit(t, {
      userId,
      conferenceId,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: before.id,
      changes: fieldChanges(before, after, audited),
      details: { title: before.email, superseded: true },
    });
  }
}

/**
 * Invites a person by email to keep a speaker profile of this conference. The token is
 * returned once, for the link, and only its hash is kept.
 */
export function createInvitation(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  input: { speakerId: number; email: string; now?: Date },
): WriteResult<{ invitation: Invitation; token: string }> {
  authorize(viewer, conferenceId);
  if (!speakerHere(db, conferenceId, input.speakerId)) return { ok: false, reason: "not-found" };
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return invalidField("email", "Enter a valid email address.");
  return issue(db, viewer, conferenceId, input.speakerId, parsed.data, input.now ?? new Date(), "invitation.create");
}

/** A new link and a new 14 days for an invitation not yet used or revoked: a new invitation replaces it, and the old link stops working. */
export function resendInvitation(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  invitationId: number,
  now = new Date(),
): WriteResult<{ invitation: Invitation; token: string }> {
  authorize(viewer, conferenceId);
  const found = findInvitation(db, invitationId);
  if (!found || !speakerHere(db, conferenceId, found.speakerId)) return { ok: false, reason: "not-found" };
  const status = invitationStatus(found, now);
  if (status === "accepted" || status === "revoked")
    return invalid(`This invitation has been ${status}; it cannot be sent again.`);
  return issue(db, viewer, conferenceId, found.speakerId, found.email, now, "invitation.resend", found.id);
}

function issue(
  db: Db,
  viewer: Viewer,
  conferenceId: number,
  speakerId: number,
  email: string,
  now: Date,
  action: "invitation.create" | "invitation.resend",
  supersedes?: number,
): WriteResult<{ invitation: Invitation; token: string }> {
  const { token, tokenHash } = newInvitationToken();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const speaker = t.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
    if (speaker.userId !== null)
      return invalid(`“${speaker.name}” is already linked to an account; unlink it first to invite someone else.`);
    const limited = overLimit(t, viewer.userId, now);
    if (limited) return invalid(limited);
    const invitation = t
      .insert(invitations)
      .values({
        speakerId: speaker.id,
        email,
        tokenHash,
        createdByUserId: viewer.userId,
        createdAt: now,
        expiresAt: invitationExpiry(now),
      })
      .returning()
      .get();
    revokePending(t, viewer.userId, conferenceId, now, speaker.id, invitation.id, email);
    // The invitation sent again stops working even when it had already expired.
    if (supersedes !== undefined)
      t.update(invitations)
        .set({ revokedAt: now })
        .where(and(eq(invitations.id, supersedes), isNull(invitations.revokedAt), isNull(invitations.acceptedAt)))
        .run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action,
      entityType: "invitation",
      entityId: invitation.id,
      changes: fieldChanges({} as Invitation, invitation, audited),
      details: { title: speaker.name },
    });
    return { ok: true, value: { invitation, token } } as const;
  });
}

/** Withdraws an invitation so its link stops working. Revoking twice changes nothing; a used one cannot be revoked. */
export function revokeInvitation(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  invitationId: number,
  now = new Date(),
): WriteResult<InvitationView> {
  authorize(viewer, conferenceId);
  const found = findInvitation(db, invitationId);
  if (!found || !speakerHere(db, conferenceId, found.speakerId)) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = findInvitation(t, invitationId)!;
    if (before.revokedAt) return { ok: true, value: view(before) } as const;
    if (before.acceptedAt)
      return invalid("This invitation has already been used; unlink the account from the speaker instead.");
    const after = t
      .update(invitations)
      .set({ revokedAt: now })
      .where(eq(invitations.id, invitationId))
      .returning()
      .get();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: invitationId,
      changes: fieldChanges(before, after, audited),
      details: { title: before.email },
    });
    return { ok: true, value: view(after) } as const;
  });
}

/** A speaker's invitations with their status, newest first. The organizers of the speaker's conference only. */
export function listInvitations(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number,
  now = new Date(),
): InvitationRow[] {
  authorize(viewer, conferenceId);
  if (!speakerHere(db, conferenceId, speakerId)) return [];
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.speakerId, speakerId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .all()
    .map((inv) => ({ ...view(inv), status: invitationStatus(inv, now) }));
}

/** What the invitation page shows for a link. No viewer: holding the token is the right to see it. */
export function findInvitationByToken(
  db: Db,
  token: string,
  now = new Date(),
): {
  invitation: InvitationView;
  status: InvitationStatus;
  speaker: { id: number; name: string };
  hasAccount: boolean;
} | null {
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
    invitation: view(row.invitation),
    status: invitationStatus(row.invitation, now),
    speaker: row.speaker,
    hasAccount,
  };
}

export interface AcceptInvitationInput {
  token: string;
  /** For a new account; ignored when signed in. */
  password?: string;
  /** The signed-in viewer's user id, when they accept with an existing account. */
  signedInUserId?: number;
  now?: Date;
}

/**
 * Links a speaker profile to an account: the signed-in viewer's (same email as invited),
 * or a new one made with `password`. One transaction; a token works once.
 */
export async function acceptInvitation(
  db: Db,
  input: AcceptInvitationInput,
): Promise<WriteResult<{ userId: number; speakerId: number }>> {
  const now = input.now ?? new Date();
  const found = findInvitationByToken(db, input.token, now);
  if (!found) return invalid("This invitation link is not valid.");
  if (found.status !== "pending") return invalid(unusable[found.status]);
  let passwordHash: string | null = null;
  if (input.signedInUserId === undefined) {
    if (found.hasAccount)
      return invalidField(
        "email",
        `An account with ${found.invitation.email} already exists: sign in first, then open the link again.`,
      );
    const password = newUserSchema.shape.password.safeParse(input.password ?? "");
    if (!password.success) return invalidField("password", password.error.issues[0]!.message);
    // bcrypt is async and the transaction is not: hash first, check everything again inside.
    passwordHash = await hashPassword(password.data);
  }
  const tokenHash = hashInvitationToken(input.token);
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const invitation = t.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).get();
    if (!invitation) return invalid("This invitation link is not valid.");
    const status = invitationStatus(invitation, now);
    if (status !== "pending") return invalid(unusable[status]);
    const speaker = t.select().from(speakers).where(eq(speakers.id, invitation.speakerId)).get()!;
    // Every refusal comes before the first write: returning from the callback commits.
    const linkedElsewhere = speaker.userId !== null && speaker.userId !== input.signedInUserId;
    if (linkedElsewhere) return invalid(`“${speaker.name}” is already linked to another account.`);

    let userId: number;
    if (input.signedInUserId !== undefined) {
      const user = t.select().from(users).where(eq(users.id, input.signedInUserId)).get();
      if (!user) return invalid("Your account no longer exists. Sign in again.");
      if (user.email.toLowerCase() !== invitation.email.toLowerCase())
        return invalidField(
          "email",
          `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign in with the invited account.`,
        );
      // One profile per conference and account; profiles at other conferences are the same person's too.
      const other = t
        .select({ id: speakers.id, name: speakers.name })
        .from(speakers)
        .where(and(eq(speakers.userId, user.id), eq(speakers.conferenceId, speaker.conferenceId)))
        .get();
      if (other && other.id !== speaker.id)
        return invalid(`Your account already keeps the speaker profile “${other.name}” at this conference.`);
      userId = user.id;
    } else {
      if (t.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) {
        return invalidField(
          "email",
          `An account with ${invitation.email} already exists: sign in first, then open the link again.`,
        );
      }
      userId = t
        .insert(users)
        .values({ email: invitation.email, name: speaker.name, passwordHash })
        .returning({ id: users.id })
        .get().id;
    }

    t.update(speakers).set({ userId }).where(eq(speakers.id, speaker.id)).run();
    const used = t
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning()
      .get();
    if (!used) throw new Error("invitation accepted concurrently"); // rolls back the account and the link
    revokePending(t, userId, speaker.conferenceId, now, speaker.id, invitation.id);
    recordAudit(t, {
      userId,
      conferenceId: speaker.conferenceId,
      action: "invitation.accept",
      entityType: "invitation",
      entityId: invitation.id,
      changes: fieldChanges(invitation, used, audited),
      details: { title: speaker.name, speakerId: speaker.id, newAccount: input.signedInUserId === undefined },
    });
    return { ok: true, value: { userId, speakerId: speaker.id } } as const;
  });
}

/**
 * Takes a speaker profile back from the account that maintains it (a person
 * who left, a wrong address): the account stays, it just no longer edits this
 * profile. Organizers of the profile's conference only; returns the account's
 * email, so the person can be told.
 */
export function unlinkSpeakerAccount(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number,
): WriteResult<{ email: string; name: string } | null> {
  authorize(viewer, conferenceId);
  if (!speakerHere(db, conferenceId, speakerId)) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const speaker = t.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
    if (speaker.userId === null) return { ok: true, value: null } as const;
    const account = t.select({ email: users.email }).from(users).where(eq(users.id, speaker.userId)).get();
    t.update(speakers).set({ userId: null }).where(eq(speakers.id, speakerId)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "speaker.unlink-account",
      entityType: "speaker",
      entityId: speakerId,
      changes: { account: { before: account?.email ?? null, after: null } },
      details: { title: speaker.name },
    });
    return { ok: true, value: account ? { email: account.email, name: speaker.name } : null } as const;
  });
}

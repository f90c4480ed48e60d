import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadSpeakerScope } from "../auth/speaker-scope";
import { newUserSchema } from "../auth/create-user";
import { invitations, speakers, users, type Invitation } from "../schema";
import { invalidField } from "./form-fields";
import type { WriteResult } from "./write-result";
import { fieldChanges } from "@/lib/audit/field-changes";
import { emailSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { assertCanEditSpeaker } from "@/lib/auth/speaker-permissions";
import { hashInvitationToken, invitationExpiry, invitationStatus, newInvitationToken, type InvitationStatus } from "@/lib/invitations/token";

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

/** Editors of the speaker only; an unknown speaker has an empty scope, so only an admin learns it is missing. */
function authorize(db: Db, actor: Actor | null, speakerId: number | undefined): asserts actor is Actor {
  assertCanEditSpeaker(actor, speakerId === undefined ? { forums: [], createdIn: [] } : loadSpeakerScope(db, speakerId));
}

const findInvitation = (db: Db, invitationId: number) => db.select().from(invitations).where(eq(invitations.id, invitationId)).get();

/** Revokes the other pending invitations of a speaker (and of one email, when given), auditing each. */
function revokePending(t: Db, userId: number | null, now: Date, speakerId: number, exceptId: number, email?: string): void {
  const pending = and(eq(invitations.speakerId, speakerId), ne(invitations.id, exceptId), email ? eq(invitations.email, email) : undefined, isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));
  for (const before of t.select().from(invitations).where(pending).all()) {
    const after = t.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, before.id)).returning().get();
    recordAudit(t, { userId, conferenceId: null, action: "invitation.revoke", entityType: "invitation", entityId: before.id, changes: fieldChanges(before, after, audited), details: { title: before.email, superseded: true } });
  }
}

/**
 * Invites a person by email to take over a speaker profile. Only the speaker's editors
 * (canEditSpeaker) may; the token is returned once, for the link, and only its hash is kept.
 */
export function createInvitation(db: Db, actor: Actor | null, input: { speakerId: number; email: string; now?: Date }): WriteResult<{ invitation: Invitation; token: string }> {
  const exists = db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, input.speakerId)).get();
  authorize(db, actor, exists ? input.speakerId : undefined);
  if (!exists) return { ok: false, reason: "not-found" };
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return invalidField("email", "Enter a valid email address.");
  const email = parsed.data;
  const now = input.now ?? new Date();
  const { token, tokenHash } = newInvitationToken();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const speaker = t.select().from(speakers).where(eq(speakers.id, input.speakerId)).get()!;
    if (speaker.userId !== null) return invalid(`“${speaker.name}” is already linked to an account; there is nobody to invite.`);
    const invitation = t.insert(invitations).values({ speakerId: speaker.id, email, tokenHash, createdByUserId: actor.userId, createdAt: now, expiresAt: invitationExpiry(now) }).returning().get();
    revokePending(t, actor.userId, now, speaker.id, invitation.id, email);
    recordAudit(t, { userId: actor.userId, conferenceId: null, action: "invitation.create", entityType: "invitation", entityId: invitation.id, changes: fieldChanges({} as Invitation, invitation, audited), details: { title: speaker.name } });
    return { ok: true, value: { invitation, token } } as const;
  });
}

/** A new link and a new expiry for an invitation not yet used or revoked; the old link stops working. */
export function resendInvitation(db: Db, actor: Actor | null, invitationId: number, now = new Date()): WriteResult<{ invitation: Invitation; token: string }> {
  const found = findInvitation(db, invitationId);
  authorize(db, actor, found?.speakerId);
  if (!found) return { ok: false, reason: "not-found" };
  const { token, tokenHash } = newInvitationToken();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = findInvitation(t, invitationId)!;
    const status = invitationStatus(before, now);
    if (status === "accepted" || status === "revoked") return invalid(`This invitation has been ${status}; it cannot be sent again.`);
    const speaker = t.select().from(speakers).where(eq(speakers.id, before.speakerId)).get()!;
    if (speaker.userId !== null) return invalid(`“${speaker.name}” is already linked to an account; there is nobody to invite.`);
    const invitation = t.update(invitations).set({ tokenHash, expiresAt: invitationExpiry(now), sentAt: null }).where(eq(invitations.id, invitationId)).returning().get();
    revokePending(t, actor.userId, now, speaker.id, invitation.id, invitation.email);
    recordAudit(t, { userId: actor.userId, conferenceId: null, action: "invitation.resend", entityType: "invitation", entityId: invitationId, changes: fieldChanges(before, invitation, audited), details: { title: speaker.name } });
    return { ok: true, value: { invitation, token } } as const;
  });
}

/** Withdraws an invitation so its link stops working. Revoking twice changes nothing; a used one cannot be revoked. */
export function revokeInvitation(db: Db, actor: Actor | null, invitationId: number, now = new Date()): WriteResult<InvitationView> {
  const found = findInvitation(db, invitationId);
  authorize(db, actor, found?.speakerId);
  if (!found) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = findInvitation(t, invitationId)!;
    if (before.revokedAt) return { ok: true, value: view(before) } as const;
    if (before.acceptedAt) return invalid("This invitation has already been used; unlink the account from the speaker instead.");
    const after = t.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, invitationId)).returning().get();
    recordAudit(t, { userId: actor.userId, conferenceId: null, action: "invitation.revoke", entityType: "invitation", entityId: invitationId, changes: fieldChanges(before, after, audited), details: { title: before.email } });
    return { ok: true, value: view(after) } as const;
  });
}

/** A speaker's invitations with their status, newest first. The speaker's editors only. */
export function listInvitations(db: Db, actor: Actor | null, speakerId: number, now = new Date()): InvitationRow[] {
  authorize(db, actor, speakerId);
  return db
    .select()
    .from(invitations)
    .where(eq(invitations.speakerId, speakerId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .all()
    .map((inv) => ({ ...view(inv), status: invitationStatus(inv, now) }));
}

/** What the invitation page shows for a link. No actor: holding the token is the right to see it. */
export function findInvitationByToken(db: Db, token: string, now = new Date()): { invitation: InvitationView; status: InvitationStatus; speaker: { id: number; name: string }; hasAccount: boolean } | null {
  if (!token || token.length > 200) return null;
  const row = db
    .select({ invitation: invitations, speaker: { id: speakers.id, name: speakers.name } })
    .from(invitations)
    .innerJoin(speakers, eq(speakers.id, invitations.speakerId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .get();
  if (!row) return null;
  const hasAccount = db.select({ id: users.id }).from(users).where(eq(users.email, row.invitation.email)).get() !== undefined;
  return { invitation: view(row.invitation), status: invitationStatus(row.invitation, now), speaker: row.speaker, hasAccount };
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
export async function acceptInvitation(db: Db, input: AcceptInvitationInput): Promise<WriteResult<{ userId: number; speakerId: number }>> {
  const now = input.now ?? new Date();
  const found = findInvitationByToken(db, input.token, now);
  if (!found) return invalid("This invitation link is not valid.");
  if (found.status !== "pending") return invalid(unusable[found.status]);
  let passwordHash: string | null = null;
  if (input.signedInUserId === undefined) {
    if (found.hasAccount) return invalidField("email", `An account with ${found.invitation.email} already exists: sign in first, then open the link again.`);
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
      if (user.email.toLowerCase() !== invitation.email.toLowerCase()) return invalidField("email", `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign in with the invited account.`);
      const other = t.select({ id: speakers.id, name: speakers.name }).from(speakers).where(eq(speakers.userId, user.id)).get();
      if (other && other.id !== speaker.id) return invalid(`Your account is already linked to the speaker profile “${other.name}”.`);
      userId = user.id;
    } else {
      if (t.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) {
        return invalidField("email", `An account with ${invitation.email} already exists: sign in first, then open the link again.`);
      }
      userId = t.insert(users).values({ email: invitation.email, name: speaker.name, passwordHash }).returning({ id: users.id }).get().id;
    }

    t.update(speakers).set({ userId }).where(eq(speakers.id, speaker.id)).run();
    const used = t
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning()
      .get();
    if (!used) throw new Error("invitation accepted concurrently"); // rolls back the account and the link
    revokePending(t, userId, now, speaker.id, invitation.id);
    recordAudit(t, {
      userId,
      conferenceId: null,
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
 * profile. The speaker's editors only; a new invitation can follow.
 */
export function unlinkSpeakerAccount(db: Db, actor: Actor | null, speakerId: number): WriteResult<null> {
  const exists = db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, speakerId)).get();
  authorize(db, actor, exists ? speakerId : undefined);
  if (!exists) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const speaker = t.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
    if (speaker.userId === null) return { ok: true, value: null } as const;
    const account = t.select({ email: users.email }).from(users).where(eq(users.id, speaker.userId)).get();
    t.update(speakers).set({ userId: null }).where(eq(speakers.id, speakerId)).run();
    recordAudit(t, { userId: actor.userId, conferenceId: null, action: "speaker.unlink-account", entityType: "speaker", entityId: speakerId, changes: { account: { before: account?.email ?? null, after: null } }, details: { title: speaker.name } });
    return { ok: true, value: null } as const;
  });
}

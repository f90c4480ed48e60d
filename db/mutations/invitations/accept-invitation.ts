import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { invitations, speakers, users } from "../../schema";
import { findInvitationByToken } from "../../queries/invitations";
import { fieldChanges } from "@/lib/audit/field-changes";
import type { ProblemCode } from "@/lib/errors/problem";
import { hashPassword, MIN_PASSWORD_LENGTH, newPasswordProblem } from "@/lib/auth/password";
import { hashInvitationToken, invitationStatus, type InvitationStatus } from "@/lib/invitations/token";
import { refuse, type Result, type WriteContext } from "../pipeline";
import { audited, revokePending } from "./invitation-record";

const unusable: Record<Exclude<InvitationStatus, "pending">, ProblemCode> = {
  accepted: "invitationUsed",
  expired: "invitationExpired",
  revoked: "invitationRevoked",
};

const newAccountSchema = z.object({ password: z.string().max(1000).default("") });

export interface AcceptedInvitation {
  userId: number;
  speakerId: number;
  /** The account's address, to sign it in. */
  email: string;
}

/**
 * Links a speaker profile to an account: the signed-in viewer's (same email as invited), or a
 * new one made with `password` (`input`). One transaction; a token works once.
 *
 * The four steps of every write, by hand rather than through write(): bcrypt is async and a
 * transaction is not, so the password is hashed between parsing and the transaction (which
 * checks everything again); and the audit entries are the accepting account's, which may be
 * made by this very transaction, while write() records its viewer.
 */
export async function acceptInvitation(
  ctx: WriteContext,
  token: string,
  input: unknown,
): Promise<Result<AcceptedInvitation>> {
  const now = ctx.now ?? new Date();
  // Authorize: holding the token of a pending invitation is the right to accept it.
  const found = findInvitationByToken(ctx.db, token, now);
  if (!found) return refuse.because("invitationInvalid");
  if (found.status !== "pending") return refuse.because(unusable[found.status]);
  let passwordHash: string | null = null;
  if (!ctx.viewer) {
    if (found.hasAccount) return refuse.field("email", "accountExists", { email: found.invitation.email });
    const parsed = newAccountSchema.safeParse(input);
    if (!parsed.success) return refuse.parse(parsed.error);
    const problem = newPasswordProblem(parsed.data.password);
    if (problem === "too-short") return refuse.field("password", "passwordTooShort", { min: MIN_PASSWORD_LENGTH });
    if (problem === "too-long") return refuse.field("password", "passwordTooLong");
    passwordHash = await hashPassword(parsed.data.password);
  }
  const viewer = ctx.viewer;
  const tokenHash = hashInvitationToken(token);
  return ctx.db.transaction((tx): Result<AcceptedInvitation> => {
    // Every refusal comes before the first write: returning one from the callback commits nothing.
    const invitation = tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).get();
    if (!invitation) return refuse.because("invitationInvalid");
    const status = invitationStatus(invitation, now);
    if (status !== "pending") return refuse.because(unusable[status]);
    const speaker = tx.select().from(speakers).where(eq(speakers.id, invitation.speakerId)).get()!;
    if (speaker.userId !== null && speaker.userId !== viewer?.userId)
      return refuse.because("linkedElsewhere", { name: speaker.name });

    let account: { id: number; email: string };
    if (viewer) {
      const user = tx.select().from(users).where(eq(users.id, viewer.userId)).get();
      if (!user) return refuse.because("accountGone");
      if (user.email.toLowerCase() !== invitation.email.toLowerCase())
        return refuse.field("email", "invitationWrongAccount", { invited: invitation.email, email: user.email });
      // One profile per conference and account; profiles at other conferences are the same person's too.
      const other = tx
        .select({ id: speakers.id, name: speakers.name })
        .from(speakers)
        .where(and(eq(speakers.userId, user.id), eq(speakers.conferenceId, speaker.conferenceId)))
        .get();
      if (other && other.id !== speaker.id) return refuse.because("profileAtConference", { name: other.name });
      account = user;
    } else {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get())
        return refuse.field("email", "accountExists", { email: invitation.email });
      account = tx
        .insert(users)
        .values({ email: invitation.email, name: speaker.name, passwordHash })
        .returning({ id: users.id, email: users.email })
        .get();
    }

    tx.update(speakers).set({ userId: account.id }).where(eq(speakers.id, speaker.id)).run();
    const used = tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: account.id })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning()
      .get();
    if (!used) throw new Error("invitation accepted concurrently"); // rolls back the account and the link
    const entries = [
      ...revokePending(tx, speaker.conferenceId, now, speaker.id, invitation.id),
      {
        conferenceId: speaker.conferenceId,
        action: "invitation.accept" as const,
        entityType: "invitation" as const,
        entityId: invitation.id,
        changes: fieldChanges(invitation, used, audited),
        details: { title: speaker.name, speakerId: speaker.id, newAccount: !viewer },
      },
    ];
    for (const entry of entries) recordAudit(tx, { ...entry, userId: account.id, at: now });
    return { ok: true, value: { userId: account.id, speakerId: speaker.id, email: account.email } };
  });
}

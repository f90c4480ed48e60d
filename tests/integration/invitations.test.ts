import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createInvitation, resendInvitation } from "@/db/mutations/invitations/issue-invitation";
import { revokeInvitation } from "@/db/mutations/invitations/revoke-invitation";
import { findInvitationByToken, listInvitations } from "@/db/queries/invitations";
import { invitations, speakers, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { hashInvitationToken } from "@/lib/invitations/token";
import { expectAuditRefusal } from "../support/audit-failure";
import { invitationSteps } from "../support/invitation-steps";
import { scratchWorkspace } from "../support/scratch-database";

// An invitation's life: issued, accepted into a new or an existing account, expired, revoked, resent.
// Who may issue one, how many an hour, and unlinking an account: invitation-rights.test.ts.
const day = 24 * 60 * 60 * 1000;
const password = "a long enough password";

describe("speaker invitations", () => {
  const t = scratchWorkspace();

  const { speakerId, speaker, userByEmail, invite, acceptInvitation, as, audits } = invitationSteps(t);

  it("invites 王蓓蓓 keeping only the token's hash, and lets her make an account that is linked to her profile", async () => {
    const { invitation, token } = invite("wang-beibei", "  WangBeibei@Example.org ");
    const stored = t.db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()!;
    expect(stored).toMatchObject({
      email: "wangbeibei@example.org",
      tokenHash: hashInvitationToken(token),
      acceptedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(14 * day);
    const created = audits("invitation.create").at(-1)!;
    expect(created).toMatchObject({
      entityId: String(invitation.id),
      details: { title: "王蓓蓓", changes: { email: { after: "wangbeibei@example.org" } } },
    });
    expect(JSON.stringify(created)).not.toContain(token);
    expect(JSON.stringify(created)).not.toContain(stored.tokenHash);

    expect(findInvitationByToken(t.db, token)).toMatchObject({
      status: "pending",
      speaker: { name: "王蓓蓓" },
      hasAccount: false,
    });
    expect(findInvitationByToken(t.db, token)!.invitation).not.toHaveProperty("tokenHash");
    expect(await acceptInvitation({ token, password: "short" })).toMatchObject({
      ok: false,
      fields: { password: { code: "passwordTooShort", values: { min: expect.any(Number) } } },
    });

    const accepted = await acceptInvitation({ token, password });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const user = userByEmail("wangbeibei@example.org")!;
    expect(accepted.value).toEqual({
      userId: user.id,
      speakerId: speakerId("wang-beibei"),
      email: "wangbeibei@example.org",
    });
    expect(await verifyPassword(password, user.passwordHash)).toBe(true);
    expect(speaker("wang-beibei").userId).toBe(user.id);
    expect(t.db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()).toMatchObject({
      acceptedByUserId: user.id,
      acceptedAt: expect.any(Date),
    });
    expect(audits("invitation.accept").at(-1)).toMatchObject({
      userId: user.id,
      details: { speakerId: speakerId("wang-beibei"), newAccount: true },
    });
    expect(
      listInvitations(t.db, t.ws.viewers.organizer, t.ws.conferenceId, speakerId("wang-beibei")).map((i) => i.status),
    ).toEqual(["accepted"]);

    // A used link never works again, with or without an account.
    const again = await acceptInvitation({ token, password });
    expect(again).toMatchObject({ ok: false, problem: { code: "invitationUsed" } });
    expect(await acceptInvitation({ token, signedInUserId: user.id })).toMatchObject({
      ok: false,
      problem: { code: "invitationUsed" },
    });
    expect(t.db.select().from(users).where(eq(users.email, "wangbeibei@example.org")).all()).toHaveLength(1);
  });

  it("refuses to invite anyone to a profile already linked to an account, or with a bad email", () => {
    const linked = createInvitation(as(t.ws.viewers.organizer), t.ws.conferenceId, speakerId("wang-beibei"), {
      email: "someone@example.org",
    });
    expect(linked).toMatchObject({ ok: false, problem: { code: "alreadyLinked", values: { name: "王蓓蓓" } } });
    // 王斌 has owned his profile since the workspace was made.
    expect(
      createInvitation(as(t.ws.viewers.admin), t.ws.conferenceId, speakerId("wang-bin"), {
        email: "wangbin@example.org",
      }),
    ).toMatchObject({ ok: false, problem: { code: "alreadyLinked", values: { name: "王斌" } } });
    expect(
      t.db
        .select()
        .from(invitations)
        .where(eq(invitations.speakerId, speakerId("wang-bin")))
        .all(),
    ).toEqual([]);
    expect(
      createInvitation(as(t.ws.viewers.organizer), t.ws.conferenceId, speakerId("gao-wentao"), {
        email: "not an email",
      }),
    ).toMatchObject({ ok: false, fields: { email: { code: "invalidEmail" } } });
    expect(createInvitation(as(t.ws.viewers.admin), t.ws.conferenceId, 999_999, { email: "a@example.org" })).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
  });

  it("refuses an expired or revoked link, naming why", async () => {
    const now = new Date();
    const expired = invite("gao-wentao", "gaowentao@example.org", now);
    expect(findInvitationByToken(t.db, expired.token, new Date(now.getTime() + 15 * day))?.status).toBe("expired");
    expect(
      await acceptInvitation({ token: expired.token, password, now: new Date(now.getTime() + 15 * day) }),
    ).toMatchObject({ ok: false, problem: { code: "invitationExpired" } });

    const revoked = invite("li-xia", "lixia@example.org");
    expect(revokeInvitation(as(t.ws.viewers.organizer), t.ws.conferenceId, revoked.invitation.id)).toMatchObject({
      ok: true,
      value: { revokedAt: expect.any(Date) },
    });
    expect(await acceptInvitation({ token: revoked.token, password })).toMatchObject({
      ok: false,
      problem: { code: "invitationRevoked" },
    });
    expect(await acceptInvitation({ token: "no-such-token", password })).toMatchObject({
      ok: false,
      problem: { code: "invitationInvalid" },
    });
    expect(userByEmail("lixia@example.org")).toBeUndefined();
    expect(speaker("li-xia").userId).toBeNull();
    expect(audits("invitation.revoke").at(-1)).toMatchObject({
      entityId: String(revoked.invitation.id),
      details: { changes: { revokedAt: { before: null } } },
    });
  });

  it("resends as a new invitation with a new token and expiry; the old link stops working, and a second invitation supersedes the first", async () => {
    const now = new Date();
    const first = invite("gao-wentao", "gaowentao@example.org", now);
    const later = new Date(now.getTime() + 20 * day);
    const resent = resendInvitation(as(t.ws.viewers.organizer, later), t.ws.conferenceId, first.invitation.id);
    if (!resent.ok) throw new Error(JSON.stringify(resent));
    expect(resent.value.token).not.toBe(first.token);
    expect(resent.value.invitation.id).not.toBe(first.invitation.id);
    expect(resent.value.invitation).toMatchObject({
      email: "gaowentao@example.org",
      createdByUserId: t.ws.viewers.organizer!.userId,
    });
    expect(resent.value.invitation.expiresAt.getTime()).toBe(later.getTime() + 14 * day);
    expect(findInvitationByToken(t.db, first.token, later)?.status).toBe("revoked");
    expect(await acceptInvitation({ token: first.token, password, now: later })).toMatchObject({
      ok: false,
      problem: { code: "invitationRevoked" },
    });
    expect(audits("invitation.resend").at(-1)).toMatchObject({
      entityId: String(resent.value.invitation.id),
      conferenceId: t.ws.conferenceId,
      details: { changes: { expiresAt: expect.anything() } },
    });

    const second = invite("gao-wentao", "GAOWENTAO@example.org", later);
    expect(findInvitationByToken(t.db, resent.value.token, later)?.status).toBe("revoked");
    expect(resendInvitation(as(t.ws.viewers.organizer, later), t.ws.conferenceId, first.invitation.id)).toMatchObject({
      ok: false,
      problem: { code: "invitationNotResendable" },
    });
    const listed = listInvitations(t.db, t.ws.viewers.organizer, t.ws.conferenceId, speakerId("gao-wentao"), later);
    expect(listed[0]).toMatchObject({ id: second.invitation.id, status: "pending" });
    expect(listed.map((i) => i.id)).toEqual(expect.arrayContaining([first.invitation.id, resent.value.invitation.id]));
    expect(listed[0]).not.toHaveProperty("tokenHash");
  });

  it("asks a person who already has an account to sign in, then links that account", async () => {
    const existing = t.db.insert(users).values({ email: "renxu@example.org", name: "任旭" }).returning().get();
    const { token } = invite("ren-xu", "renxu@example.org");
    expect(findInvitationByToken(t.db, token)).toMatchObject({ hasAccount: true });
    expect(await acceptInvitation({ token, password })).toMatchObject({
      ok: false,
      fields: { email: { code: "accountExists", values: { email: "renxu@example.org" } } },
    });

    const stranger = t.db.insert(users).values({ email: "stranger@example.org" }).returning().get();
    expect(await acceptInvitation({ token, signedInUserId: stranger.id })).toMatchObject({
      ok: false,
      fields: { email: { code: "invitationWrongAccount" } },
    });
    expect(speaker("ren-xu").userId).toBeNull();

    expect(await acceptInvitation({ token, signedInUserId: existing.id })).toEqual({
      ok: true,
      value: { userId: existing.id, speakerId: speakerId("ren-xu"), email: "renxu@example.org" },
    });
    expect(speaker("ren-xu").userId).toBe(existing.id);
    expect(await acceptInvitation({ token, signedInUserId: existing.id })).toMatchObject({
      ok: false,
      problem: { code: "invitationUsed" },
    });

    // 王斌's account already owns his profile; it cannot take a second one.
    const own = invite("huang-shuo", "wangbin-t@podium.test");
    expect(await acceptInvitation({ token: own.token, signedInUserId: t.ws.viewers.speaker!.userId })).toMatchObject({
      ok: false,
      problem: { code: "profileAtConference", values: { name: "王斌" } },
    });
    expect(speaker("huang-shuo").userId).toBeNull();
  });

  it("refuses when the speaker got another account meanwhile, changing nothing", async () => {
    const { token } = invite("yu-fei", "yufei@example.org");
    const other = t.db.insert(users).values({ email: "someone-else@example.org" }).returning().get();
    t.db.update(speakers).set({ userId: other.id }).where(eq(speakers.slug, "yu-fei")).run();
    expect(await acceptInvitation({ token, password })).toMatchObject({
      ok: false,
      problem: { code: "linkedElsewhere", values: { name: "余飞" } },
    });
    expect(userByEmail("yufei@example.org")).toBeUndefined();
    expect(findInvitationByToken(t.db, token)?.status).toBe("pending");
  });

  it("writes an invitation and its audit entry in one transaction: without the entry there is no invitation", () => {
    const count = t.db.select().from(invitations).all().length;
    expectAuditRefusal(t.db, () =>
      createInvitation(as(t.ws.viewers.admin), t.ws.conferenceId, speakerId("wu-bai"), { email: "tx@example.org" }),
    );
    expect(t.db.select().from(invitations).all()).toHaveLength(count);
  });
});

import { describe, expect, it } from "vitest";
import { loadViewer } from "@/db/auth/viewer";
import { createInvitation, resendInvitation } from "@/db/mutations/invitations/issue-invitation";
import { revokeInvitation } from "@/db/mutations/invitations/revoke-invitation";
import { unlinkSpeakerAccount } from "@/db/mutations/invitations/unlink-speaker-account";
import { findInvitationByToken, listInvitations } from "@/db/queries/invitations";
import { ForbiddenError } from "@/lib/auth/permissions";
import { invitationSteps } from "../support/invitation-steps";
import { scratchWorkspace } from "../support/scratch-database";

// Who may invite a speaker and unlink a speaker's account (the organizers of the speaker's
// conference), and how many links one organizer sends an hour.
describe("who may invite speakers and unlink their accounts", () => {
  const t = scratchWorkspace();
  const { speakerId, speaker, invite, as, audits } = invitationSteps(t);

  it("lets only the organizers of the speaker's conference invite, resend, revoke and list — not forum editors", () => {
    const id = speakerId("dai-ying");
    const { invitation } = invite("dai-ying", "daiying@example.org");
    for (const role of [
      "forumEditor",
      "otherOrganizer",
      "otherForumEditor",
      "speaker",
      "noRights",
      "anonymous",
    ] as const) {
      const viewer = t.ws.viewers[role];
      expect(() => createInvitation(as(viewer), t.ws.conferenceId, id, { email: "x@example.org" }), role).toThrow(
        ForbiddenError,
      );
      expect(() => resendInvitation(as(viewer), t.ws.conferenceId, invitation.id), role).toThrow(ForbiddenError);
      expect(() => revokeInvitation(as(viewer), t.ws.conferenceId, invitation.id), role).toThrow(ForbiddenError);
      expect(() => listInvitations(t.db, viewer, t.ws.conferenceId, id), role).toThrow(ForbiddenError);
      expect(() => resendInvitation(as(viewer), t.ws.conferenceId, 999_999), role).toThrow(ForbiddenError);
    }
    expect(findInvitationByToken(t.db, "whatever")).toBeNull();
    expect(listInvitations(t.db, t.ws.viewers.admin, t.ws.conferenceId, id)).toHaveLength(1);
    const resent = resendInvitation(as(t.ws.viewers.organizer), t.ws.conferenceId, invitation.id);
    if (!resent.ok) throw new Error(JSON.stringify(resent));
    expect(revokeInvitation(as(t.ws.viewers.admin), t.ws.conferenceId, resent.value.invitation.id).ok).toBe(true);
    // The other conference's organizer, acting in their own conference, does not find the demo's speaker or invitation.
    expect(
      createInvitation(as(t.ws.viewers.otherOrganizer), t.ws.otherConferenceId, id, { email: "x@example.org" }),
    ).toEqual({ ok: false, problem: { code: "notFound" } });
    expect(revokeInvitation(as(t.ws.viewers.otherOrganizer), t.ws.otherConferenceId, invitation.id)).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
    expect(listInvitations(t.db, t.ws.viewers.otherOrganizer, t.ws.otherConferenceId, id)).toEqual([]);
  });

  it("lets one organizer send at most 20 invitation links an hour", () => {
    const now = new Date("2031-01-01T10:00:00Z");
    const sent = (at: Date) =>
      createInvitation(as(t.ws.viewers.organizer, at), t.ws.conferenceId, speakerId("wu-bai"), {
        email: `lin-${at.getTime()}-${Math.random()}@example.org`,
      });
    let made = 0;
    for (let i = 0; i < 30 && sent(now).ok; i += 1) made += 1;
    expect(made).toBeLessThanOrEqual(20);
    expect(sent(now)).toMatchObject({ ok: false, problem: { code: "invitationsPerHour", values: { count: 20 } } });
    expect(sent(new Date(now.getTime() + 61 * 60 * 1000)).ok).toBe(true);
  });

  it("unlinks an account from a profile for the conference's organizers only, keeping the account", () => {
    const wangBin = speaker("wang-bin");
    expect(wangBin.userId).not.toBeNull();
    for (const role of ["forumEditor", "speaker", "noRights", "otherOrganizer", "anonymous"] as const) {
      expect(() => unlinkSpeakerAccount(as(t.ws.viewers[role]), t.ws.conferenceId, wangBin.id), role).toThrow(
        ForbiddenError,
      );
    }
    expect(speaker("wang-bin").userId).toBe(wangBin.userId);
    expect(unlinkSpeakerAccount(as(t.ws.viewers.otherOrganizer), t.ws.otherConferenceId, wangBin.id)).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
    expect(unlinkSpeakerAccount(as(t.ws.viewers.organizer), t.ws.conferenceId, wangBin.id)).toEqual({
      ok: true,
      value: { email: "wangbin-t@podium.test", name: "王斌", conference: "第五届中国网络视听大会" },
    });
    expect(speaker("wang-bin").userId).toBeNull();
    expect(loadViewer(t.db, wangBin.userId!)?.speakerIds.size).toBe(0);
    expect(audits("speaker.unlink-account").at(-1)).toMatchObject({
      entityId: String(wangBin.id),
      details: { title: "王斌", changes: { account: { before: "wangbin-t@podium.test", after: null } } },
    });
    // Again: nothing to unlink, nothing written.
    expect(unlinkSpeakerAccount(as(t.ws.viewers.organizer), t.ws.conferenceId, wangBin.id)).toEqual({
      ok: true,
      value: null,
    });
    expect(audits("speaker.unlink-account")).toHaveLength(1);
  });
});

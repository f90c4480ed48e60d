import { state } from "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { invitations, speakers } from "@/db/schema";
import { isOrganizer } from "@/lib/auth/permissions";
import { invitationExpiry, newInvitationToken } from "@/lib/invitations/token";
import { A_SLUG, B_SLUG, roles, type Role, type Tenancy } from "../support/tenancy-fixture";
import { ownProfileForm, speakerForm } from "../support/tenancy-forms";
import { form, fresh, readInA, tryAsRole, viaAction, viaData, type TenancyCase } from "../support/tenancy-table";

// Speaker profiles, the people search, the speaker editor, invitations, account links and
// the speaker's own page, tried as every role against both conferences. A profile is its
// conference's; only the speaker's own account reaches all of theirs (马中骏 keeps two).
const { deleteSpeaker } = await import("@/db/mutations/speakers/delete-speaker");
const { saveSpeaker } = await import("@/db/mutations/speakers/save-speaker");
const { createInvitation, resendInvitation } = await import("@/db/mutations/invitations/issue-invitation");
const { revokeInvitation } = await import("@/db/mutations/invitations/revoke-invitation");
const { unlinkSpeakerAccount } = await import("@/db/mutations/invitations/unlink-speaker-account");
const { listInvitations } = await import("@/db/queries/invitations");
const { updateOwnProfile } = await import("@/db/mutations/own-profile");
const { updateOwnUnavailability } = await import("@/db/mutations/own-unavailability");
const { removeOwnPhoto, setOwnPhoto } = await import("@/db/mutations/speaker-photo");
const { findConferenceTimeZone, findSpeakerEditor, listSpeakers, searchSpeakers } =
  await import("@/db/queries/speakers");
const { findMyProfile } = await import("@/db/queries/my-profile");
const { listMySessions } = await import("@/db/queries/my-sessions");
const { deleteSpeakerAction, saveSpeakerAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/speakers/actions");
const { searchSpeakersAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/sessions/actions");
const { createInvitationAction, resendInvitationAction, revokeInvitationAction, unlinkSpeakerAccountAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/speakers/invitation-actions");
const { removeOwnPhotoAction, saveOwnProfileAction, saveOwnUnavailabilityAction, uploadOwnPhotoAction } =
  await import("@/app/[locale]/(speaker)/me/actions");

const ORG_A: Role[] = ["admin", "organizerA"];
const ORG_B: Role[] = ["admin", "organizerB"];
const IN_A: Role[] = ["admin", "organizerA", "forumEditorA"];
const IN_B: Role[] = ["admin", "organizerB", "forumEditorB"];
const NOBODY: Role[] = [];
const idle = { status: "idle" as const };

const spareSpeakerOfB = (fx: Tenancy) =>
  fx.db
    .insert(speakers)
    .values({ conferenceId: fx.b.id, slug: fresh("b-spare-"), name: "B spare speaker" })
    .returning()
    .get().id;
const pendingInvitationOfB = (fx: Tenancy) => {
  const now = new Date();
  return fx.db
    .insert(invitations)
    .values({
      speakerId: fx.b.speakers.ravi,
      email: `${fresh()}@tenant-b.example`,
      tokenHash: newInvitationToken().tokenHash,
      createdAt: now,
      expiresAt: invitationExpiry(now),
    })
    .returning()
    .get().id;
};
const relink = (speakerId: (fx: Tenancy) => number, role: Role) => (fx: Tenancy) =>
  fx.db
    .update(speakers)
    .set({ userId: fx.viewers[role]!.userId })
    .where(eq(speakers.id, speakerId(fx)))
    .run();
/** Inviting onto a profile its speaker keeps is refused after the right is checked: for those with the right, that refusal is the "allow". */
const alreadyLinkedPasses = <T extends { ok: boolean; problem?: { code: string } }>(result: T) =>
  !result.ok && result.problem?.code === "alreadyLinked" ? { ok: true } : result;
const window = (day: string) => JSON.stringify([{ startsAt: `${day}T08:00`, endsAt: `${day}T09:00`, note: fresh() }]);
const mentionsB = (data: unknown) => (JSON.stringify(data).includes(B_SLUG) ? "allow" : "deny");

let jpeg: Uint8Array;
let uploads: string;
const photo = () => new File([new Uint8Array(jpeg)], "portrait.jpg", { type: "image/jpeg" });

const cases: TenancyCase[] = [
  // Reads of the workspace
  {
    name: "list A's speakers",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => listSpeakers(fx.db, viewer, fx.a.id)),
  },
  {
    name: "list B's speakers",
    allowed: IN_B,
    attempt: (fx, viewer) => viaData(() => listSpeakers(fx.db, viewer, fx.b.id)),
  },
  {
    name: "search A's people for Ravi (data)",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => searchSpeakers(fx.db, viewer, fx.a.id, "Ravi")),
  },
  {
    name: "search A's people for 马中骏, who speaks at both",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const found = searchSpeakers(fx.db, viewer, fx.a.id, "马中骏");
        expect(found.map((s) => s.id)).toEqual([fx.shared.aSpeakerId]);
        return found;
      }),
  },
  {
    name: "search A's people for B's slugs (action)",
    allowed: IN_A,
    attempt: async () => {
      const r = await searchSpeakersAction({ conference: A_SLUG, text: "b-" });
      return r.data ? readInA(() => r.data) : "deny";
    },
  },
  {
    name: "search B's people for Ravi (action)",
    allowed: IN_B,
    attempt: async () => ((await searchSpeakersAction({ conference: B_SLUG, text: "Ravi" })).data ? "allow" : "deny"),
  },
  {
    name: "read A's time zone",
    allowed: IN_A,
    attempt: (fx, viewer) => readInA(() => findConferenceTimeZone(fx.db, viewer, fx.a.id)),
  },
  {
    name: "open B's Ravi in A's speaker editor",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const editor = findSpeakerEditor(fx.db, viewer, fx.a.id, fx.b.speakers.ravi);
        expect(editor).toBeNull();
        return editor;
      }),
  },
  {
    // The account's address is for those who manage the account: A's organizers, never a forum editor.
    name: "open 马中骏's A profile in A's speaker editor",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const editor = findSpeakerEditor(fx.db, viewer, fx.a.id, fx.shared.aSpeakerId)!;
        expect(editor.account).toEqual(
          viewer && isOrganizer(viewer, fx.a.id) ? { email: fx.emails.bothSpeaker } : null,
        );
        return editor;
      }),
  },

  // Profiles in the workspace
  {
    name: "edit B's Ravi in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: fx.db, viewer },
          fx.b.id,
          fx.b.speakers.ravi,
          speakerForm(fx.db, fx.b.speakers.ravi, { position: fresh() }),
        ),
      ),
  },
  {
    name: "edit B's panelist, only in B's main forum (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: fx.db, viewer },
          fx.b.id,
          fx.b.speakers.panelist,
          speakerForm(fx.db, fx.b.speakers.panelist, { position: fresh() }),
        ),
      ),
  },
  {
    name: "edit B's Ravi posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: fx.db, viewer },
          fx.a.id,
          fx.b.speakers.ravi,
          speakerForm(fx.db, fx.b.speakers.ravi, { name: "DEFACED" }),
        ),
      ),
  },
  {
    name: "edit 马中骏's B profile posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: fx.db, viewer },
          fx.a.id,
          fx.shared.bSpeakerId,
          speakerForm(fx.db, fx.shared.bSpeakerId, { bio: "DEFACED" }),
        ),
      ),
  },
  {
    name: "edit 马中骏's A profile in A, which leaves his B profile (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: fx.db, viewer },
          fx.a.id,
          fx.shared.aSpeakerId,
          speakerForm(fx.db, fx.shared.aSpeakerId, { position: fresh() }),
        ),
      ),
  },
  {
    name: "delete a spare speaker of B in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: spareSpeakerOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteSpeaker({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "delete a spare speaker of B posted under A (data)",
    allowed: NOBODY,
    prepare: spareSpeakerOfB,
    attempt: (fx, viewer, id) => viaData(() => deleteSpeaker({ db: fx.db, viewer }, fx.a.id, id!)),
  },
  {
    name: "save B's Ravi in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        saveSpeakerAction(
          idle,
          form({
            $conference: B_SLUG,
            $speaker: String(fx.b.speakers.ravi),
            ...speakerForm(fx.db, fx.b.speakers.ravi, { position: fresh() }),
          }),
        ),
      ),
  },
  {
    name: "save B's Ravi with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        saveSpeakerAction(
          idle,
          form({
            $conference: A_SLUG,
            $speaker: String(fx.b.speakers.ravi),
            ...speakerForm(fx.db, fx.b.speakers.ravi, { name: "DEFACED" }),
          }),
        ),
      ),
  },
  {
    name: "delete a spare speaker of B with $conference A (action)",
    allowed: NOBODY,
    prepare: spareSpeakerOfB,
    attempt: (_fx, _a, id) =>
      viaAction(() => deleteSpeakerAction(idle, form({ $conference: A_SLUG, $speaker: String(id) }))),
  },

  // Invitations and account links: the profile's own conference's organizers
  {
    name: "list Ravi's invitations from A",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const rows = listInvitations(fx.db, viewer, fx.a.id, fx.b.speakers.ravi);
        expect(rows).toEqual([]);
        return rows;
      }),
  },
  {
    name: "list Ravi's invitations in B",
    allowed: ORG_B,
    attempt: (fx, viewer) => viaData(() => listInvitations(fx.db, viewer, fx.b.id, fx.b.speakers.ravi)),
  },
  {
    name: "invite someone for Ravi in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) =>
      viaData(() =>
        createInvitation({ db: fx.db, viewer }, fx.b.id, fx.b.speakers.ravi, {
          email: `${fresh()}@tenant-b.example`,
        }),
      ),
  },
  {
    name: "invite someone for Ravi posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        createInvitation({ db: fx.db, viewer }, fx.a.id, fx.b.speakers.ravi, { email: "attacker@example.org" }),
      ),
  },
  {
    name: "invite someone onto 王斌's profile in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() =>
        alreadyLinkedPasses(
          createInvitation({ db: fx.db, viewer }, fx.a.id, fx.a.speaker("wang-bin"), { email: "attacker@example.org" }),
        ),
      ),
  },
  {
    name: "resend B's invitation posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) => viaData(() => resendInvitation({ db: fx.db, viewer }, fx.a.id, fx.b.invitationId)),
  },
  {
    name: "resend a pending invitation of B in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: pendingInvitationOfB,
    attempt: (fx, viewer, id) => viaData(() => resendInvitation({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "revoke B's invitation posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) => viaData(() => revokeInvitation({ db: fx.db, viewer }, fx.a.id, fx.b.invitationId)),
  },
  {
    name: "revoke a pending invitation of B in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    prepare: pendingInvitationOfB,
    attempt: (fx, viewer, id) => viaData(() => revokeInvitation({ db: fx.db, viewer }, fx.b.id, id!)),
  },
  {
    name: "unlink Bea's account posted under A (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) => viaData(() => unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.b.speakers.own)),
  },
  {
    name: "unlink Bea's account in B (data)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx, viewer) => viaData(() => unlinkSpeakerAccount({ db: fx.db, viewer }, fx.b.id, fx.b.speakers.own)),
    restore: relink((fx) => fx.b.speakers.own, "speakerB"),
  },
  {
    name: "unlink 王斌's account in A (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) =>
      viaData(() => unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.a.speaker("wang-bin"))),
    restore: relink((fx) => fx.a.speaker("wang-bin"), "speakerA"),
  },
  {
    name: "unlink 马中骏's A profile, which leaves his B profile linked (data)",
    allowed: ORG_A,
    attempt: (fx, viewer) => viaData(() => unlinkSpeakerAccount({ db: fx.db, viewer }, fx.a.id, fx.shared.aSpeakerId)),
    restore: relink((fx) => fx.shared.aSpeakerId, "bothSpeaker"),
  },
  {
    name: "invite someone for Ravi in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        createInvitationAction(
          idle,
          form({ $conference: B_SLUG, $speaker: String(fx.b.speakers.ravi), email: `${fresh()}@tenant-b.example` }),
        ),
      ),
  },
  {
    name: "invite someone for Ravi with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        createInvitationAction(
          idle,
          form({ $conference: A_SLUG, $speaker: String(fx.b.speakers.ravi), email: "attacker@example.org" }),
        ),
      ),
  },
  {
    name: "resend B's invitation with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        resendInvitationAction(idle, form({ $conference: A_SLUG, $invitation: String(fx.b.invitationId) })),
      ),
  },
  {
    name: "revoke B's invitation with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        revokeInvitationAction(idle, form({ $conference: A_SLUG, $invitation: String(fx.b.invitationId) })),
      ),
  },
  {
    name: "unlink Bea's account with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        unlinkSpeakerAccountAction(idle, form({ $conference: A_SLUG, $speaker: String(fx.b.speakers.own) })),
      ),
  },
  {
    name: "unlink Bea's account in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: (fx) =>
      viaAction(() =>
        unlinkSpeakerAccountAction(idle, form({ $conference: B_SLUG, $speaker: String(fx.b.speakers.own) })),
      ),
    restore: relink((fx) => fx.b.speakers.own, "speakerB"),
  },

  // The speaker's own page: their own profiles, every conference's (the model), nobody else's
  {
    name: "update 王斌's own profile (data)",
    allowed: ["speakerA"],
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnProfile(
          { db: fx.db, viewer },
          fx.a.speaker("wang-bin"),
          ownProfileForm(fx.db, fx.a.speaker("wang-bin"), { bio: fresh() }),
        ),
      ),
  },
  {
    name: "update Bea's own profile (data)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnProfile(
          { db: fx.db, viewer },
          fx.b.speakers.own,
          ownProfileForm(fx.db, fx.b.speakers.own, { bio: fresh() }),
        ),
      ),
  },
  {
    name: "update 马中骏's profiles from his A profile (data)",
    allowed: ["bothSpeaker"],
    changesB: ["bothSpeaker"],
    attempt: async (fx, viewer) => {
      const outcome = await viaData(() =>
        updateOwnProfile(
          { db: fx.db, viewer },
          fx.shared.aSpeakerId,
          ownProfileForm(fx.db, fx.shared.aSpeakerId, { bio: fresh() }),
        ),
      );
      const bio = (id: number) =>
        fx.db.select({ bio: speakers.bio }).from(speakers).where(eq(speakers.id, id)).get()!.bio;
      if (outcome === "allow") expect(bio(fx.shared.bSpeakerId)).toBe(bio(fx.shared.aSpeakerId));
      return outcome;
    },
  },
  {
    name: "update Ravi's profile as one's own (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnProfile(
          { db: fx.db, viewer },
          fx.b.speakers.ravi,
          ownProfileForm(fx.db, fx.b.speakers.ravi, { bio: "DEFACED" }),
        ),
      ),
  },
  {
    name: "save Bea's own profile (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) =>
      viaAction(() =>
        saveOwnProfileAction(
          idle,
          form({
            $conference: A_SLUG,
            $speaker: String(fx.b.speakers.own),
            ...ownProfileForm(fx.db, fx.b.speakers.own, { bio: fresh() }),
          }),
        ),
      ),
  },
  {
    name: "tell B Bea's unavailability (data)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.b.speakers.own, fx.b.id, {
          unavailability: window("2030-01-02"),
        }),
      ),
  },
  {
    name: "tell A Bea's unavailability (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.b.speakers.own, fx.a.id, {
          unavailability: window("2017-12-01"),
        }),
      ),
  },
  {
    name: "tell A 马中骏's unavailability through his A profile (data)",
    allowed: ["bothSpeaker"],
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.shared.aSpeakerId, fx.a.id, {
          unavailability: window("2017-12-01"),
        }),
      ),
  },
  {
    name: "tell B 马中骏's unavailability through his B profile (data)",
    allowed: ["bothSpeaker"],
    changesB: ["bothSpeaker"],
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.shared.bSpeakerId, fx.b.id, {
          unavailability: window("2030-01-01"),
        }),
      ),
  },
  {
    name: "tell B 马中骏's unavailability through his A profile (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.shared.aSpeakerId, fx.b.id, {
          unavailability: window("2030-01-01"),
        }),
      ),
  },
  {
    name: "tell A 马中骏's unavailability through his B profile (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: fx.db, viewer }, fx.shared.bSpeakerId, fx.a.id, {
          unavailability: window("2017-12-01"),
        }),
      ),
  },
  {
    name: "save Bea's unavailability with $conference A (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() =>
        saveOwnUnavailabilityAction(
          idle,
          form({ $conference: A_SLUG, $speaker: String(fx.b.speakers.own), unavailability: window("2017-12-01") }),
        ),
      ),
  },
  {
    name: "save Bea's unavailability in B (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) =>
      viaAction(() =>
        saveOwnUnavailabilityAction(
          idle,
          form({ $conference: B_SLUG, $speaker: String(fx.b.speakers.own), unavailability: window("2030-01-02") }),
        ),
      ),
  },
  {
    name: "set Bea's own photo (data)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx, viewer) =>
      viaData(() => setOwnPhoto({ db: fx.db, viewer }, fx.b.speakers.own, jpeg, { dir: uploads })),
  },
  {
    name: "set Ravi's photo as one's own (data)",
    allowed: NOBODY,
    attempt: (fx, viewer) =>
      viaData(() => setOwnPhoto({ db: fx.db, viewer }, fx.b.speakers.ravi, jpeg, { dir: uploads })),
  },
  {
    name: "remove 马中骏's photos from his A profile (data)",
    allowed: ["bothSpeaker"],
    changesB: ["bothSpeaker"],
    attempt: (fx, viewer) =>
      viaData(() => removeOwnPhoto({ db: fx.db, viewer }, fx.shared.aSpeakerId, { dir: uploads })),
  },
  {
    name: "upload Bea's own photo (action)",
    allowed: ["speakerB"],
    changesB: ["speakerB"],
    attempt: (fx) =>
      viaAction(() =>
        uploadOwnPhotoAction(idle, form({ $conference: A_SLUG, $speaker: String(fx.b.speakers.own), photo: photo() })),
      ),
  },
  {
    name: "remove Ravi's photo as one's own (action)",
    allowed: NOBODY,
    attempt: (fx) =>
      viaAction(() => removeOwnPhotoAction(idle, form({ $conference: A_SLUG, $speaker: String(fx.b.speakers.ravi) }))),
  },
  {
    name: "see B on one's own page",
    allowed: ["speakerB", "bothSpeaker"],
    attempt: (fx, viewer) => mentionsB(findMyProfile(fx.db, viewer)),
  },
  {
    name: "see B's sessions among one's own",
    allowed: ["speakerB", "bothSpeaker"],
    attempt: (fx, viewer) => mentionsB(listMySessions(fx.db, viewer)),
  },
];

describe("tenancy: speaker profiles, invitations and the speaker's own page in two conferences", () => {
  const t = scratchTenancy();
  beforeAll(async () => {
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), "podium-tenancy-uploads-"));
    vi.stubEnv("UPLOADS_DIR", uploads);
    vi.stubEnv("SMTP_HOST", "");
    jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#2040b0" } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(uploads, { recursive: true, force: true });
  });

  // Photos are files named by content: one B shows stays when a speaker of A drops the same picture.
  it("keeps a photo file B's profile shows when 王斌 removes the same picture from his own", async () => {
    const wangBin = t.fx.a.speaker("wang-bin");
    const set = await setOwnPhoto({ db: t.fx.db, viewer: t.fx.viewers.speakerA }, wangBin, jpeg, { dir: uploads });
    if (!set.ok) throw new Error("fixture");
    const url = set.value.photo!;
    // B's organizers may point a profile at any stored photo, one seen on A's public pages among them.
    expect(
      await viaData(() =>
        saveSpeaker(
          { db: t.fx.db, viewer: t.fx.viewers.organizerB },
          t.fx.b.id,
          t.fx.b.speakers.ravi,
          speakerForm(t.fx.db, t.fx.b.speakers.ravi, { photo: url }),
        ),
      ),
    ).toBe("allow");
    const files = () => fs.readdirSync(path.join(uploads, "photos"), { recursive: true }).map(String).sort();
    const before = files();
    expect(
      await viaData(() => removeOwnPhoto({ db: t.fx.db, viewer: t.fx.viewers.speakerA }, wangBin, { dir: uploads })),
    ).toBe("allow");
    expect(files()).toEqual(before);
    expect(
      t.fx.db.select({ photo: speakers.photo }).from(speakers).where(eq(speakers.id, t.fx.b.speakers.ravi)).get()!
        .photo,
    ).toBe(url);
  });

  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "allow" : "deny"}`, async () => {
        state.viewer = t.fx.viewers[role];
        await tryAsRole(t.fx, c, role, t.fx.viewers[role]);
      });
    }
  }
});

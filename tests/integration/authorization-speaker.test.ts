import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { ownProfileForm as ownProfileFormOf, speakerForm as speakerFormOf } from "../support/tenancy-forms";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, invitations, speakerUnavailability, speakers, users } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/action-result";
import type { InvitationDelivery } from "@/lib/invitations/delivery";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { invitationExpiry, newInvitationToken } from "@/lib/invitations/token";
import { roles, type Role, type Workspace } from "../support/workspace-fixture";

// Invitation links take their origin from the request; no mail goes out, SMTP_HOST is unset below.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "http://podium.test" }) }));

const { updateOwnProfile } = await import("@/db/mutations/own-profile");
const { updateOwnUnavailability } = await import("@/db/mutations/own-unavailability");
const { removeOwnPhoto, setOwnPhoto } = await import("@/db/mutations/speaker-photo");
const { createInvitation, resendInvitation } = await import("@/db/mutations/invitations/issue-invitation");
const { revokeInvitation } = await import("@/db/mutations/invitations/revoke-invitation");
const { unlinkSpeakerAccount } = await import("@/db/mutations/invitations/unlink-speaker-account");
const { listInvitations } = await import("@/db/queries/invitations");
const { saveSpeaker } = await import("@/db/mutations/speakers/save-speaker");
const { removeOwnPhotoAction, saveOwnProfileAction, saveOwnUnavailabilityAction, uploadOwnPhotoAction } =
  await import("@/app/[locale]/(speaker)/me/actions");
const { createInvitationAction, resendInvitationAction, revokeInvitationAction, unlinkSpeakerAccountAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/speakers/invitation-actions");
const { saveSpeakerAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/speakers/actions");

type Outcome = "allow" | "deny";

interface Case {
  name: string;
  allowed: Role[];
  /** Made before the attempt, outside its "a refusal changes nothing" check: the invitation to resend, the photo to remove. */
  prepare?: (ws: Workspace) => number | undefined;
  /** Runs the attempt as `viewer`; a ForbiddenError or a "forbidden" state is a denial. */
  attempt: (ws: Workspace, viewer: Viewer | null, prepared: number | undefined) => Promise<Outcome>;
}

/** How a row reads a refusal other than "forbidden"; undefined fails the test, as a broken case rather than a denial. */
type Reading = (refusal: string) => Outcome | undefined;
const strict: Reading = () => undefined;
/** A conference the speaker takes no part in is "not found" for him, as a guessed URL is. */
const notFoundRefuses: Reading = (refusal) => (refusal === "notFound" ? "deny" : undefined);
/** 王斌 has his account already: his editors pass the check and are told there is nobody to invite. */
const alreadyLinkedPasses: Reading = (refusal) => (refusal === "alreadyLinked" ? "allow" : undefined);

const isRefusal = (result: unknown): result is { ok: false; problem: { code: string } } =>
  typeof result === "object" && result !== null && "ok" in result && result.ok === false;

async function viaData(fn: () => unknown, read: Reading = strict): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return "deny";
    throw error;
  }
  if (!isRefusal(result)) return "allow";
  const outcome = read(result.problem.code);
  if (!outcome) throw new Error(`refused for another reason: ${JSON.stringify(result)}`);
  return outcome;
}

/** A server action allows by saving (or redirecting after the write), and denies with "forbidden" (notOwnProfile on /me). */
async function viaAction(
  fn: () => Promise<ActionResult<InvitationDelivery | undefined>>,
  read: Reading = strict,
): Promise<Outcome> {
  let result: ActionResult<InvitationDelivery | undefined>;
  try {
    result = await fn();
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT;")) return "allow";
    throw error;
  }
  if (result.status === "saved") {
    if (result.data?.mail !== undefined && result.data.mail !== "off")
      throw new Error(`mail was attempted: ${JSON.stringify(result)}`);
    return "allow";
  }
  const code = result.problem?.code;
  if (result.status === "error" && (code === "forbidden" || code === "notOwnProfile")) return "deny";
  const outcome = result.problem === undefined ? undefined : read(result.problem.code);
  if (!outcome) throw new Error(`neither allowed nor forbidden: ${JSON.stringify(result)}`);
  return outcome;
}

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

let n = 0;
const fresh = () => `t${++n}`;
const DEMO = "china-netav-2017";
const speakerRow = (slug: string) => state.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;
const idOf = (slug: string) => speakerRow(slug).id;
const WANG_BIN = "wang-bin";
const WANG_BEIBEI = "wang-beibei";

/** The /me profile form as it posts: the words and links of the profile, with changes. */
const ownProfileForm = (slug: string, changes: Record<string, string> = {}) =>
  ownProfileFormOf(state.db, idOf(slug), changes);
/** The workspace speaker form as it posts. */
const speakerForm = (slug: string, changes: Record<string, string> = {}) =>
  speakerFormOf(state.db, idOf(slug), changes);
/** One window on the summit's day, a different note each time, so every allowed save is a change. */
const unavailability = () =>
  JSON.stringify([{ startsAt: "2017-12-01T14:00", endsAt: "2017-12-01T15:00", note: fresh() }]);

let jpeg: Uint8Array;
const photoFile = () => new File([new Uint8Array(jpeg)], "portrait.jpg", { type: "image/jpeg" });
let uploads: string;
const uploadedFiles = () =>
  fs.existsSync(path.join(uploads, "photos")) ? fs.readdirSync(path.join(uploads, "photos")).sort() : [];
const EXTERNAL_PHOTO = "https://example.org/portrait.jpg";
const givePhoto = (slug: string) => {
  state.db.update(speakers).set({ photo: EXTERNAL_PHOTO }).where(eq(speakers.slug, slug)).run();
  return undefined;
};

/** A pending invitation for a fresh address, as a row: made outside the inviters' hourly allowance. */
function pendingInvitation(slug: string): number {
  const now = new Date();
  return state.db
    .insert(invitations)
    .values({
      speakerId: idOf(slug),
      email: `${fresh()}@example.org`,
      tokenHash: newInvitationToken().tokenHash,
      createdAt: now,
      expiresAt: invitationExpiry(now),
    })
    .returning()
    .get().id;
}
/** An invitation to 王斌 still pending from before he had his account (one cannot be made now). */
const pendingInvitationToWangBin = () => pendingInvitation(WANG_BIN);

/** Gives 王蓓蓓 an account of her own (a fresh one each time), for an unlink to take away. */
const linkAccountToWangBeibei = () => {
  const userId = state.db
    .insert(users)
    .values({ email: `${fresh()}@example.org` })
    .returning()
    .get().id;
  state.db.update(speakers).set({ userId }).where(eq(speakers.slug, WANG_BEIBEI)).run();
  return undefined;
};

/** What a refused attempt must leave as it was. */
const snapshot = () => ({
  speakers: state.db.select().from(speakers).orderBy(speakers.id).all(),
  unavailability: state.db.select().from(speakerUnavailability).orderBy(speakerUnavailability.id).all(),
  invitations: state.db.select().from(invitations).orderBy(invitations.id).all(),
  auditEntries: state.db.select({ n: count() }).from(auditLog).get()!.n,
  files: uploadedFiles(),
});

// 王斌 and 王蓓蓓 both speak only in the 网络剧高峰论坛, organized by 咪咕: canEditSpeaker gives
// 王蓓蓓 (who keeps no profile) to the platform admin, the demo's organizer and 咪咕's member;
// 王斌 keeps his own, so of the workspace only the organizers edit it. Invitations and
// unlinking an account are the organizers' alone.
const editors: Role[] = ["admin", "organizer", "forumEditor"];
const organizers: Role[] = ["admin", "organizer"];
const himself: Role[] = ["speaker"];
const nobody: Role[] = [];

const cases: Case[] = [
  // His own profile, and nobody else's: not even an admin edits it through /me.
  {
    name: "update 王斌's own profile (data function)",
    allowed: himself,
    attempt: (_ws, viewer) =>
      viaData(() =>
        updateOwnProfile({ db: state.db, viewer }, idOf(WANG_BIN), ownProfileForm(WANG_BIN, { bio: fresh() })),
      ),
  },
  {
    name: "update 王蓓蓓's profile as one's own (data function)",
    allowed: nobody,
    attempt: (_ws, viewer) =>
      viaData(() =>
        updateOwnProfile({ db: state.db, viewer }, idOf(WANG_BEIBEI), ownProfileForm(WANG_BEIBEI, { bio: fresh() })),
      ),
  },
  {
    name: "save 王斌's own profile (server action)",
    allowed: himself,
    attempt: () =>
      viaAction(() =>
        saveOwnProfileAction(
          { status: "idle" },
          form({ $conference: DEMO, $speaker: String(idOf(WANG_BIN)), ...ownProfileForm(WANG_BIN, { bio: fresh() }) }),
        ),
      ),
  },
  {
    name: "save a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () =>
      viaAction(() =>
        saveOwnProfileAction(
          { status: "idle" },
          form({
            $conference: DEMO,
            $speaker: String(idOf(WANG_BEIBEI)),
            ...ownProfileForm(WANG_BEIBEI, { bio: fresh() }),
          }),
        ),
      ),
  },

  // His unavailability, only where he takes part.
  {
    name: "update 王斌's unavailability at the demo (data function)",
    allowed: himself,
    attempt: (ws, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: state.db, viewer }, idOf(WANG_BIN), ws.conferenceId, {
          unavailability: unavailability(),
        }),
      ),
  },
  {
    name: "update 王斌's unavailability at a conference he takes no part in (data function)",
    allowed: nobody,
    attempt: (ws, viewer) =>
      viaData(
        () =>
          updateOwnUnavailability({ db: state.db, viewer }, idOf(WANG_BIN), ws.otherConferenceId, {
            unavailability: JSON.stringify([
              { startsAt: "2030-01-01T10:00", endsAt: "2030-01-01T11:00", note: fresh() },
            ]),
          }),
        notFoundRefuses,
      ),
  },
  {
    name: "update 王蓓蓓's unavailability as one's own (data function)",
    allowed: nobody,
    attempt: (ws, viewer) =>
      viaData(() =>
        updateOwnUnavailability({ db: state.db, viewer }, idOf(WANG_BEIBEI), ws.conferenceId, {
          unavailability: unavailability(),
        }),
      ),
  },
  {
    name: "save 王斌's unavailability at the demo (server action)",
    allowed: himself,
    attempt: () =>
      viaAction(() =>
        saveOwnUnavailabilityAction(
          { status: "idle" },
          form({ $speaker: String(idOf(WANG_BIN)), $conference: DEMO, unavailability: unavailability() }),
        ),
      ),
  },
  {
    name: "save 王斌's unavailability at the other conference (server action)",
    allowed: nobody,
    attempt: () =>
      viaAction(
        () =>
          saveOwnUnavailabilityAction(
            { status: "idle" },
            form({ $speaker: String(idOf(WANG_BIN)), $conference: "other-conf", unavailability: "[]" }),
          ),
        notFoundRefuses,
      ),
  },
  {
    name: "save a forged post naming 王蓓蓓's unavailability (server action)",
    allowed: nobody,
    attempt: () =>
      viaAction(() =>
        saveOwnUnavailabilityAction(
          { status: "idle" },
          form({ $speaker: String(idOf(WANG_BEIBEI)), $conference: DEMO, unavailability: unavailability() }),
        ),
      ),
  },

  // Invitations: the speaker's editors, never the speaker, not even for himself.
  {
    name: "list 王斌's invitations (data function)",
    allowed: organizers,
    attempt: (ws, viewer) => viaData(() => listInvitations(state.db, viewer, ws.conferenceId, idOf(WANG_BIN))),
  },
  {
    name: "invite somebody for 王斌 (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaData(
        () =>
          createInvitation({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BIN), {
            email: `${fresh()}@example.org`,
          }),
        alreadyLinkedPasses,
      ),
  },
  {
    name: "invite somebody for 王蓓蓓 (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaData(() =>
        createInvitation({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BEIBEI), {
          email: `${fresh()}@example.org`,
        }),
      ),
  },
  {
    name: "resend an invitation for 王蓓蓓 (data function)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (ws, viewer, id) => viaData(() => resendInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "revoke an invitation for 王蓓蓓 (data function)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (ws, viewer, id) => viaData(() => revokeInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "revoke an invitation for 王斌 (data function)",
    allowed: organizers,
    prepare: pendingInvitationToWangBin,
    attempt: (ws, viewer, id) => viaData(() => revokeInvitation({ db: state.db, viewer }, ws.conferenceId, id!)),
  },
  {
    name: "invite somebody for 王斌 (server action)",
    allowed: organizers,
    attempt: () =>
      viaAction(
        () =>
          createInvitationAction(
            { status: "idle" },
            form({ $conference: DEMO, $speaker: String(idOf(WANG_BIN)), email: `${fresh()}@example.org` }),
          ),
        alreadyLinkedPasses,
      ),
  },
  {
    name: "invite somebody for 王蓓蓓 (server action)",
    allowed: organizers,
    attempt: () =>
      viaAction(() =>
        createInvitationAction(
          { status: "idle" },
          form({ $conference: DEMO, $speaker: String(idOf(WANG_BEIBEI)), email: `${fresh()}@example.org` }),
        ),
      ),
  },
  {
    name: "resend an invitation for 王蓓蓓 (server action)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (_ws, _actor, id) =>
      viaAction(() => resendInvitationAction({ status: "idle" }, form({ $conference: DEMO, $invitation: String(id) }))),
  },
  {
    name: "revoke an invitation for 王蓓蓓 (server action)",
    allowed: organizers,
    prepare: () => pendingInvitation(WANG_BEIBEI),
    attempt: (_ws, _actor, id) =>
      viaAction(() => revokeInvitationAction({ status: "idle" }, form({ $conference: DEMO, $invitation: String(id) }))),
  },

  // The workspace: he has none, so his own profile is no way in either.
  {
    name: "edit 王斌 in the workspace (data function)",
    allowed: organizers,
    attempt: (ws, viewer) =>
      viaData(() =>
        saveSpeaker({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BIN), speakerForm(WANG_BIN, { bio: fresh() })),
      ),
  },
  {
    name: "edit 王蓓蓓 in the workspace (data function)",
    allowed: editors,
    attempt: (ws, viewer) =>
      viaData(() =>
        saveSpeaker(
          { db: state.db, viewer },
          ws.conferenceId,
          idOf(WANG_BEIBEI),
          speakerForm(WANG_BEIBEI, { bio: fresh() }),
        ),
      ),
  },
  {
    name: "edit 王蓓蓓 in the workspace (server action)",
    allowed: editors,
    attempt: () =>
      viaAction(() =>
        saveSpeakerAction(
          { status: "idle" },
          form({
            $conference: DEMO,
            $speaker: String(idOf(WANG_BEIBEI)),
            ...speakerForm(WANG_BEIBEI, { bio: fresh() }),
          }),
        ),
      ),
  },

  // Photos. A refused upload writes no file: the right is checked before the picture is read.
  {
    name: "set 王斌's own photo (data function)",
    allowed: himself,
    attempt: async (_ws, viewer) =>
      viaData(() => setOwnPhoto({ db: state.db, viewer }, idOf(WANG_BIN), jpeg, { dir: uploads })),
  },
  {
    name: "set 王蓓蓓's photo as one's own (data function)",
    allowed: nobody,
    attempt: async (_ws, viewer) =>
      viaData(() => setOwnPhoto({ db: state.db, viewer }, idOf(WANG_BEIBEI), jpeg, { dir: uploads })),
  },
  {
    name: "remove 王斌's own photo (data function)",
    allowed: himself,
    prepare: () => givePhoto(WANG_BIN),
    attempt: (_ws, viewer) => viaData(() => removeOwnPhoto({ db: state.db, viewer }, idOf(WANG_BIN), { dir: uploads })),
  },
  {
    name: "remove 王蓓蓓's photo as one's own (data function)",
    allowed: nobody,
    attempt: (_ws, viewer) =>
      viaData(() => removeOwnPhoto({ db: state.db, viewer }, idOf(WANG_BEIBEI), { dir: uploads })),
  },
  {
    name: "upload 王斌's own photo (server action)",
    allowed: himself,
    attempt: () =>
      viaAction(() =>
        uploadOwnPhotoAction(
          { status: "idle" },
          form({ $conference: DEMO, $speaker: String(idOf(WANG_BIN)), photo: photoFile() }),
        ),
      ),
  },
  {
    name: "upload a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () =>
      viaAction(() =>
        uploadOwnPhotoAction(
          { status: "idle" },
          form({ $conference: DEMO, $speaker: String(idOf(WANG_BEIBEI)), photo: photoFile() }),
        ),
      ),
  },
  {
    name: "remove 王斌's own photo (server action)",
    allowed: himself,
    prepare: () => givePhoto(WANG_BIN),
    attempt: () =>
      viaAction(() =>
        removeOwnPhotoAction({ status: "idle" }, form({ $conference: DEMO, $speaker: String(idOf(WANG_BIN)) })),
      ),
  },
  {
    name: "remove a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () =>
      viaAction(() =>
        removeOwnPhotoAction({ status: "idle" }, form({ $conference: DEMO, $speaker: String(idOf(WANG_BEIBEI)) })),
      ),
  },

  // Unlinking her account: her editors only. Last in the table, as it leaves her linked to an account.
  {
    name: "unlink 王蓓蓓's account (data function)",
    allowed: organizers,
    prepare: linkAccountToWangBeibei,
    attempt: (ws, viewer) =>
      viaData(() => unlinkSpeakerAccount({ db: state.db, viewer }, ws.conferenceId, idOf(WANG_BEIBEI))),
  },
  {
    name: "unlink 王蓓蓓's account (server action)",
    allowed: organizers,
    prepare: linkAccountToWangBeibei,
    attempt: () =>
      viaAction(() =>
        unlinkSpeakerAccountAction(
          { status: "idle" },
          form({ $conference: DEMO, $speaker: String(idOf(WANG_BEIBEI)) }),
        ),
      ),
  },
];

describe("who may change a speaker's profile, unavailability, photo and invitations", () => {
  const t = scratchWorkspace();
  beforeAll(async () => {
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), "podium-uploads-"));
    vi.stubEnv("UPLOADS_DIR", uploads);
    vi.stubEnv("SMTP_HOST", "");
    jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#b04030" } })
      .jpeg()
      .toBuffer();
    // A photo of hers that a forged removal would take away.
    givePhoto(WANG_BEIBEI);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(uploads, { recursive: true, force: true });
  });

  for (const c of cases) {
    for (const role of roles) {
      const expected: Outcome = c.allowed.includes(role) ? "allow" : "deny";
      it(`${c.name}: ${role} → ${expected}`, async () => {
        state.viewer = t.ws.viewers[role];
        const prepared = c.prepare?.(t.ws);
        const before = snapshot();
        const outcome = await c.attempt(t.ws, t.ws.viewers[role], prepared);
        expect(outcome).toBe(expected);
        if (outcome === "deny") expect(snapshot(), "a refused attempt changes nothing").toEqual(before);
      });
    }
  }
});

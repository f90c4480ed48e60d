import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { auditLog, invitations, speakerUnavailability, speakers } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/action-result";
import type { InvitationDelivery } from "@/lib/invitations/delivery";
import type { Viewer } from "@/lib/auth/permissions";
import { state } from "./app-state";
import { FORBIDDEN, isRedirect, isRefusal, unlessForbidden } from "./outcomes";
import { ownProfileForm as ownProfileFormOf, speakerForm as speakerFormOf } from "./tenancy-forms";
import type { Outcome } from "./tenancy-table";
import { roles, type Role, type Workspace } from "./workspace-fixture";

// The tables of who may act on 王斌 and 王蓓蓓 (support/workspace-fixture.ts): each case tried as every
// role, and a refused attempt must leave the speakers, their unavailability and invitations, the
// audit log and the uploaded photos as they were.
//
// 王斌 and 王蓓蓓 both speak only in the 网络剧高峰论坛, organized by 咪咕: canEditSpeaker gives
// 王蓓蓓 (who keeps no profile) to the platform admin, the demo's organizer and 咪咕's member;
// 王斌 keeps his own, so of the workspace only the organizers edit it. Invitations and
// unlinking an account are the organizers' alone.

export type { Outcome };

export interface SpeakerCase {
  name: string;
  allowed: Role[];
  /** Made before the attempt, outside its "a refusal changes nothing" check: the invitation to resend, the photo to remove. */
  prepare?: (ws: Workspace) => number | undefined;
  /** Runs the attempt as `viewer`; a ForbiddenError or a "forbidden" state is a denial. */
  attempt: (ws: Workspace, viewer: Viewer | null, prepared: number | undefined) => Promise<Outcome>;
}

export const editors: Role[] = ["admin", "organizer", "forumEditor"];
export const organizers: Role[] = ["admin", "organizer"];
export const himself: Role[] = ["speaker"];
export const nobody: Role[] = [];

/** How a row reads a refusal other than "forbidden"; undefined fails the test, as a broken case rather than a denial. */
export type Reading = (refusal: string) => Outcome | undefined;
const strict: Reading = () => undefined;
/** A conference the speaker takes no part in is "not found" for him, as a guessed URL is. */
export const notFoundRefuses: Reading = (refusal) => (refusal === "notFound" ? "deny" : undefined);
/** 王斌 has his account already: his editors pass the check and are told there is nobody to invite. */
export const alreadyLinkedPasses: Reading = (refusal) => (refusal === "alreadyLinked" ? "allow" : undefined);

export async function viaData(fn: () => unknown, read: Reading = strict): Promise<Outcome> {
  const result = await unlessForbidden(fn);
  if (result === FORBIDDEN) return "deny";
  if (!isRefusal(result)) return "allow";
  const outcome = read(result.problem?.code ?? "");
  if (!outcome) throw new Error(`refused for another reason: ${JSON.stringify(result)}`);
  return outcome;
}

/** A server action allows by saving (or redirecting after the write), and denies with "forbidden" (notOwnProfile on /me). */
export async function viaAction(
  fn: () => Promise<ActionResult<InvitationDelivery | undefined>>,
  read: Reading = strict,
): Promise<Outcome> {
  let result: ActionResult<InvitationDelivery | undefined>;
  try {
    result = await fn();
  } catch (error) {
    if (isRedirect(error)) return "allow";
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

export const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
/** Posts a form to a server action from its idle state, read as viaAction reads it. */
export const post = (
  action: (state: { status: "idle" }, data: FormData) => Promise<ActionResult<InvitationDelivery | undefined>>,
  fields: Record<string, string | File>,
  read?: Reading,
): Promise<Outcome> => viaAction(() => action({ status: "idle" }, form(fields)), read);
/** Posts a form about one of the demo's speakers ($speaker) to a server action of the demo. */
export const postAbout = (
  action: Parameters<typeof post>[0],
  slug: string,
  fields: Record<string, string | File>,
  read?: Reading,
): Promise<Outcome> => post(action, { $conference: DEMO, $speaker: String(idOf(slug)), ...fields }, read);

let n = 0;
/** A value no earlier attempt used, so every allowed write is a change. */
export const fresh = () => `t${++n}`;
export const DEMO = "china-netav-2017";
export const WANG_BIN = "wang-bin";
export const WANG_BEIBEI = "wang-beibei";
const speakerRow = (slug: string) => state.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;
export const idOf = (slug: string) => speakerRow(slug).id;

/** The /me profile form as it posts: the words and links of the profile, with changes. */
export const ownProfileForm = (slug: string, changes: Record<string, string> = {}) =>
  ownProfileFormOf(state.db, idOf(slug), changes);
/** The workspace speaker form as it posts. */
export const speakerForm = (slug: string, changes: Record<string, string> = {}) =>
  speakerFormOf(state.db, idOf(slug), changes);

/** Where the photos go, and a picture to upload: set up by `speakerRightsTable` before the tests run. */
export const upload = { dir: "", jpeg: new Uint8Array() };
const uploadedFiles = () =>
  fs.existsSync(path.join(upload.dir, "photos")) ? fs.readdirSync(path.join(upload.dir, "photos")).sort() : [];

/** What a refused attempt must leave as it was. */
const snapshot = () => ({
  speakers: state.db.select().from(speakers).orderBy(speakers.id).all(),
  unavailability: state.db.select().from(speakerUnavailability).orderBy(speakerUnavailability.id).all(),
  invitations: state.db.select().from(invitations).orderBy(invitations.id).all(),
  auditEntries: state.db.select({ n: count() }).from(auditLog).get()!.n,
  files: uploadedFiles(),
});

/**
 * Every case as every role, the app seeing that role's viewer, in `t`'s workspace: uploads go to a
 * directory of their own and no mail goes out (SMTP_HOST unset). `ready` runs once that is set up.
 */
export function speakerRightsTable(t: { ws: Workspace }, cases: readonly SpeakerCase[], ready?: () => void): void {
  beforeAll(async () => {
    upload.dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-uploads-"));
    vi.stubEnv("UPLOADS_DIR", upload.dir);
    vi.stubEnv("SMTP_HOST", "");
    upload.jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#b04030" } })
      .jpeg()
      .toBuffer();
    ready?.();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(upload.dir, { recursive: true, force: true });
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
}

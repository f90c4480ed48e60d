import { createHash } from "node:crypto";
import net from "node:net";
import { desc, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import type { Viewer } from "@/lib/auth/permissions";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, emailVerifications, speakers, users } from "@/db/schema";
import { runAction } from "../support/server-action";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({
  db: undefined as Db | undefined,
  viewer: null as Viewer | null,
  locale: "en",
  getDb(): Db {
    if (!this.db) throw new Error("the test has not opened its database yet");
    return this.db;
  },
}));
vi.mock("@/db", () => ({ getDb: () => state.getDb() }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("next-intl/server", () => ({ getLocale: async () => state.locale }));

const { confirmEmailVerification, EMAIL_VERIFICATION_TTL_MS, issueEmailVerification } =
  await import("@/db/auth/email-verification");
const { inspectEmailVerification } = await import("@/db/queries/email-verification");
const { loadViewer } = await import("@/db/auth/viewer");
const { sendEmailVerificationAction } = await import("@/app/[locale]/(speaker)/me/account-actions");
const { confirmEmailAction } = await import("@/app/[locale]/(speaker)/verify-email/[token]/actions");
const { grantOrganizer } = await import("@/db/mutations/organizers");
const { acceptInvitation } = await import("@/db/mutations/invitations/accept-invitation");
const { createInvitation } = await import("@/db/mutations/invitations/issue-invitation");

/** An SMTP server on loopback that keeps the raw messages it receives. */
async function capturingServer() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData: (stream, session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks)
            .toString("utf8")
            .replace(/=\r?\n/g, ""),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as net.AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const t0 = new Date("2026-03-01T08:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const HOUR = 60 * 60 * 1000;

describe("proving an email address", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  let smtp: Awaited<ReturnType<typeof capturingServer>>;
  let person: { id: number; email: string };
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
    smtp = await capturingServer();
  });
  beforeEach(() => {
    person = t.db
      .insert(users)
      .values({ email: `p${Math.random().toString(36).slice(2)}@podium.test`, name: "P" })
      .returning()
      .get();
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: "Podium <no-reply@podium.test>",
      SITE_URL: "https://podium.example.org",
    });
    state.viewer = {
      userId: person.id,
      email: person.email,
      name: "P",
      isPlatformAdmin: false,
      organizerOf: new Set(),
      memberOf: new Set(),
      speakerIds: new Set(),
    };
    state.locale = "en";
  });
  afterAll(async () => {
    for (const name of ["SMTP_HOST", "SMTP_PORT", "MAIL_FROM", "SITE_URL"]) delete process.env[name];
    await smtp.close();
    t.dispose();
  });

  /** The person signed in, at a given moment. */
  const as = (now: Date) => ({ db: t.db, viewer: state.viewer, now });
  /** A link issued to the person: the token and the rest. */
  const issue = (now: Date) => {
    const issued = issueEmailVerification(as(now));
    if (!issued.ok || !issued.value) throw new Error(`no link issued: ${JSON.stringify(issued)}`);
    return issued.value;
  };

  it("makes a link of 32 random bytes, stores only its SHA-256, for 24 hours, and audits that one was sent", () => {
    const issued = issue(t0);
    expect(Buffer.from(issued.token, "base64url")).toHaveLength(32);
    const row = t.db.select().from(emailVerifications).where(eq(emailVerifications.userId, person.id)).get()!;
    expect(row).toMatchObject({
      email: person.email,
      tokenHash: sha256(issued.token),
      expiresAt: later(EMAIL_VERIFICATION_TTL_MS),
      usedAt: null,
    });
    expect(JSON.stringify(t.db.select().from(emailVerifications).all())).not.toContain(issued.token);
    expect(t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "account.email-verification-sent",
      userId: person.id,
      conferenceId: null,
    });
  });

  it("confirms once, within 24 hours, with the newest link only", () => {
    const first = issue(t0);
    const second = issue(later(1000));
    expect(inspectEmailVerification(t.db, first.token, later(2000))).toEqual({ state: "expired" });
    expect(inspectEmailVerification(t.db, second.token, later(EMAIL_VERIFICATION_TTL_MS + 1000))).toEqual({
      state: "expired",
    });
    expect(inspectEmailVerification(t.db, "made-up", later(2000))).toEqual({ state: "unknown" });
    expect(inspectEmailVerification(t.db, second.token, later(2000))).toEqual({ state: "valid", email: person.email });
    // The link is the right: whoever opens it, signed in or not, the entry is the account's.
    const anyone = (now: Date) => ({ db: t.db, viewer: null, now });
    expect(confirmEmailVerification(anyone(later(3000)), second.token)).toEqual({
      ok: true,
      value: { email: person.email },
    });
    expect(t.db.select().from(users).where(eq(users.id, person.id)).get()!.emailVerifiedAt).toEqual(later(3000));
    expect(t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "account.email-verified",
      userId: person.id,
    });
    expect(confirmEmailVerification(anyone(later(4000)), second.token)).toEqual({
      ok: false,
      problem: { code: "confirmationUsed" },
    });
    expect(issueEmailVerification(as(later(5000)))).toEqual({ ok: true, value: null });
  });

  it("gives an account three links an hour", () => {
    for (let i = 0; i < 3; i++) expect(issueEmailVerification(as(later(i * 60_000)))).toMatchObject({ ok: true });
    expect(issueEmailVerification(as(later(10 * 60_000)))).toEqual({
      ok: false,
      problem: { code: "confirmationsPerHour", values: { minutes: 50 } },
    });
    expect(issueEmailVerification(as(later(HOUR + 1)))).toMatchObject({ ok: true });
  });

  it("emails the link to the account's own address, built from SITE_URL, in the viewer's language, and never returns it", async () => {
    state.locale = "zh-CN";
    const before = smtp.received.length;
    expect(await runAction(sendEmailVerificationAction, {})).toEqual({
      state: { status: "saved", data: { sentTo: person.email } },
    });
    const mail = smtp.received[before]!;
    expect(mail.to).toEqual([person.email]);
    const link = /https:\/\/podium\.example\.org\/verify-email\/([A-Za-z0-9_-]{43})/.exec(mail.raw);
    expect(link).not.toBeNull();
    expect(
      t.db.select().from(emailVerifications).where(eq(emailVerifications.userId, person.id)).get()!.tokenHash,
    ).toBe(sha256(link![1]!));
    // The page's button uses it; a second press is told it was used.
    expect(await runAction(confirmEmailAction, { $token: link![1]! })).toEqual({ state: { status: "saved" } });
    expect(await runAction(confirmEmailAction, { $token: link![1]! })).toEqual({
      state: { status: "error", problem: { code: "confirmationUsed" }, values: {} },
    });
    expect(await runAction(confirmEmailAction, { $token: "x".repeat(500) })).toEqual({
      state: { status: "error", problem: { code: "confirmationInvalid" }, values: {} },
    });
  });

  it("says so when this server sends no email, and when nobody is signed in, issuing nothing", async () => {
    delete process.env.SMTP_HOST;
    expect(await runAction(sendEmailVerificationAction, {})).toEqual({
      state: { status: "error", problem: { code: "mailNotConfigured" }, values: {} },
    });
    state.viewer = null;
    process.env.SMTP_HOST = "127.0.0.1";
    expect(await runAction(sendEmailVerificationAction, {})).toEqual({
      state: { status: "error", problem: { code: "forbidden" }, values: {} },
    });
    expect(t.db.select().from(emailVerifications).where(eq(emailVerifications.userId, person.id)).all()).toEqual([]);
  });

  it("closes the invitation route to organizer rights: the invited account must prove its address first", async () => {
    // An organizer of the other conference invites an address onto a speaker there, then accepts the link themselves.
    const speakerId = t.db
      .insert(speakers)
      .values({ conferenceId: ws.otherConferenceId, slug: "guest", name: "Guest" })
      .returning()
      .get().id;
    const invited = createInvitation({ db: t.db, viewer: ws.viewers.otherOrganizer }, ws.otherConferenceId, speakerId, {
      email: "victim@corp.example",
    });
    if (!invited.ok) throw new Error(invited.problem.code);
    const accepted = await acceptInvitation({ db: t.db, viewer: null }, invited.value.token, {
      password: "chosen by the inviter",
    });
    expect(accepted).toMatchObject({ ok: true });
    const account = t.db.select().from(users).where(eq(users.email, "victim@corp.example")).get()!;
    expect(account.emailVerifiedAt).toBeNull();
    // Neither conference's organizers can now give that account rights by email.
    const unconfirmed = { fields: { email: { code: "accountUnconfirmed" } } };
    expect(
      grantOrganizer({ db: t.db, viewer: ws.viewers.otherOrganizer }, ws.otherConferenceId, {
        email: "victim@corp.example",
      }),
    ).toMatchObject({ ok: false, ...unconfirmed });
    expect(
      grantOrganizer({ db: t.db, viewer: ws.viewers.organizer }, ws.conferenceId, { email: "victim@corp.example" }),
    ).toMatchObject({ ok: false, ...unconfirmed });
    // Only the mailbox's owner can confirm it, with the link only the mailbox gets; then rights may be granted.
    const issued = issueEmailVerification({ db: t.db, viewer: loadViewer(t.db, account.id) });
    if (!issued.ok || !issued.value) throw new Error("no link issued");
    expect(confirmEmailVerification({ db: t.db, viewer: null }, issued.value.token)).toMatchObject({ ok: true });
    expect(
      grantOrganizer({ db: t.db, viewer: ws.viewers.organizer }, ws.conferenceId, { email: "victim@corp.example" }),
    ).toMatchObject({ ok: true });
  });
});

import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import net from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, releases } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/action-result";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import type { Workspace } from "../support/workspace-fixture";
import { type Outcome, tryEveryRole, viaThrow } from "../support/workspace-table";

// The speakers' outbox: every read, write and action tried as every role, in the demo (a forum editor
// sees and sends only their forum's messages) and in a second conference; sending through a loopback
// SMTP server records sent, failed with the reason, and a retry.
const { editOutboxGreeting } = await import("@/db/mutations/outbox");
const { listOutbox } = await import("@/db/queries/outbox");
const { editOutboxGreetingAction, sendOutboxAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/outbox/actions");

const DEMO = "china-netav-2017";
const OTHER = "other-conf";
const received: { to: string[]; raw: string }[] = [];

async function startSmtp() {
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo: (address, _session, done) =>
      address.address.startsWith("bounce") ? done(new Error("550 no such mailbox")) : done(),
    onData: (stream, session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString() });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A waiting message about one forum, as a release would write it. */
function newMessage(conferenceId: number, forumIds: number[], toAddress: string | null = "speaker@podium.test") {
  const releaseId =
    state.db.select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()?.id ??
    state.db
      .insert(releases)
      .values({
        conferenceId,
        version: "v1",
        publishedAt: new Date(),
        snapshot: {} as never,
        changelog: { added: [], removed: [], changed: [] },
      })
      .returning()
      .get().id;
  return state.db
    .insert(outboxMessages)
    .values({
      conferenceId,
      releaseId,
      speakerName: "Test Speaker",
      toAddress,
      locale: "en",
      forumIds,
      subject: "Changes",
      greeting: "Dear Test Speaker,",
      body: "Opening keynote (Changed)",
      ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
    })
    .returning()
    .get().id;
}

// A forum editor naming a message of a forum not theirs finds nothing, which denies as well as a refusal does.
const viaWrite = (fn: () => unknown): Promise<Outcome> =>
  viaThrow(async () => {
    const result = (await fn()) as { ok: boolean; problem?: { code: string } };
    if (!result.ok && result.problem?.code === "notFound") throw new ForbiddenError();
    return result;
  });
const viaAction = async (action: unknown, fields: Record<string, string>): Promise<Outcome> => {
  const outcome = await runAction(action as (s: ActionResult, f: FormData) => Promise<ActionResult>, fields);
  if ("redirect" in outcome) throw new Error(`unexpected redirect to ${outcome.redirect}`);
  if (outcome.state.status === "saved") return "allow";
  if (["forbidden", "notFound"].includes(outcome.state.problem?.code ?? "")) return "deny";
  throw new Error(`neither allowed nor denied: ${JSON.stringify(outcome.state)}`);
};
const greet = (ws: Workspace, viewer: Viewer | null, conferenceId: number, forumIds: number[]) =>
  viaWrite(() =>
    editOutboxGreeting({ db: state.db, viewer }, conferenceId, newMessage(conferenceId, forumIds), {
      greeting: "Hello,",
    }),
  );

const cases = [
  {
    name: "list the outbox (data function)",
    allowed: ["admin", "organizer", "forumEditor", "otherForumEditor"],
    attempt: (ws: Workspace, viewer: Viewer | null) => viaThrow(() => listOutbox(state.db, viewer, ws.conferenceId)),
  },
  {
    name: "list the other conference's outbox (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws: Workspace, viewer: Viewer | null) =>
      viaThrow(() => listOutbox(state.db, viewer, ws.otherConferenceId)),
  },
  {
    name: "edit a greeting of the web drama summit (data function)",
    allowed: ["admin", "organizer", "forumEditor"],
    attempt: (ws: Workspace, viewer: Viewer | null) => greet(ws, viewer, ws.conferenceId, [ws.forumId]),
  },
  {
    name: "edit a greeting of the gala (data function)",
    allowed: ["admin", "organizer", "otherForumEditor"],
    attempt: (ws: Workspace, viewer: Viewer | null) => greet(ws, viewer, ws.conferenceId, [ws.otherForumId]),
  },
  {
    name: "edit a greeting in the other conference (data function)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws: Workspace, viewer: Viewer | null) => greet(ws, viewer, ws.otherConferenceId, []),
  },
  {
    name: "edit a greeting (server action)",
    allowed: ["admin", "organizer", "forumEditor"],
    attempt: (ws: Workspace) =>
      viaAction(editOutboxGreetingAction, {
        $conference: DEMO,
        $message: String(newMessage(ws.conferenceId, [ws.forumId])),
        greeting: "Hello,",
      }),
  },
  {
    name: "send a message of the web drama summit (server action)",
    allowed: ["admin", "organizer", "forumEditor"],
    attempt: (ws: Workspace) =>
      viaAction(sendOutboxAction, { $conference: DEMO, message: String(newMessage(ws.conferenceId, [ws.forumId])) }),
  },
  {
    name: "send a message in the other conference (server action)",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws: Workspace) =>
      viaAction(sendOutboxAction, { $conference: OTHER, message: String(newMessage(ws.otherConferenceId, [])) }),
  },
] as const;

describe("the speakers' outbox", () => {
  const t = scratchWorkspace();
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const saved = { ...process.env };
  beforeAll(async () => {
    smtp = await startSmtp();
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: "Podium <no-reply@podium.test>",
    });
  });
  afterAll(async () => {
    for (const key of ["SMTP_HOST", "SMTP_PORT", "MAIL_FROM"]) delete process.env[key];
    Object.assign(process.env, saved);
    await smtp.close();
  });

  tryEveryRole(
    t,
    cases.map((c) => ({ ...c, allowed: [...c.allowed] })),
  );

  it("shows a forum editor only their forum's messages", () => {
    const summit = newMessage(t.ws.conferenceId, [t.ws.forumId]);
    const gala = newMessage(t.ws.conferenceId, [t.ws.otherForumId]);
    const seen = (viewer: Viewer | null) => listOutbox(t.db, viewer, t.ws.conferenceId).map((m) => m.id);
    expect(seen(t.ws.viewers.forumEditor)).toContain(summit);
    expect(seen(t.ws.viewers.forumEditor)).not.toContain(gala);
    expect(seen(t.ws.viewers.otherForumEditor)).toContain(gala);
    expect(seen(t.ws.viewers.organizer)).toEqual(expect.arrayContaining([summit, gala]));
  });

  it("sends with the calendar as an invitation, records a failure with its reason, and a retry", async () => {
    state.viewer = t.ws.viewers.organizer;
    t.db.delete(outboxMessages).run();
    received.length = 0;
    const good = newMessage(t.ws.conferenceId, [t.ws.forumId], "wang@podium.test");
    const bounced = newMessage(t.ws.conferenceId, [t.ws.forumId], "bounce@podium.test");
    const unaddressed = newMessage(t.ws.conferenceId, [t.ws.forumId], null);
    const sendAll = () => runAction(sendOutboxAction as never, { $conference: DEMO, $all: "1" });
    expect(await sendAll()).toMatchObject({ state: { status: "saved", data: { sent: 1, failed: 1 } } });
    const row = (id: number) => t.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get()!;
    expect(row(good)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row(bounced)).toMatchObject({ status: "failed", attempts: 1, lastError: "envelope" });
    expect(row(unaddressed)).toMatchObject({ status: "waiting", attempts: 0 });
    expect(received.map((m) => m.to)).toEqual([["wang@podium.test"]]);
    expect(received[0]!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    // The address corrected, "send all" retries the failed one and leaves the sent one alone.
    t.db.update(outboxMessages).set({ toAddress: "wang2@podium.test" }).where(eq(outboxMessages.id, bounced)).run();
    expect(await sendAll()).toMatchObject({ state: { status: "saved", data: { sent: 1, failed: 0 } } });
    expect(row(bounced)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(received).toHaveLength(2);
  });

  it("says so when no message is left to send or mail is off", async () => {
    state.viewer = t.ws.viewers.organizer;
    const only = newMessage(t.ws.conferenceId, [t.ws.forumId], null);
    expect(await runAction(sendOutboxAction as never, { $conference: DEMO, message: String(only) })).toMatchObject({
      state: { status: "error", problem: { code: "outboxNoAddress" } },
    });
    delete process.env.SMTP_HOST;
    expect(await runAction(sendOutboxAction as never, { $conference: DEMO, message: String(only) })).toMatchObject({
      state: { status: "error", problem: { code: "mailNotConfigured" } },
    });
    process.env.SMTP_HOST = "127.0.0.1";
  });
});

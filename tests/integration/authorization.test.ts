import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { sessions } from "@/db/schema";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, roles, type Role, type Workspace } from "../support/workspace-fixture";

// Server actions read the signed-in actor and the database through these modules;
// the test swaps in each role's actor and a scratch database.
const state = vi.hoisted(() => ({ db: null as unknown as Db, actor: null as Actor | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-actor", () => ({
  getCurrentActor: async () =>
    state.actor
      ? {
          user: {
            id: state.actor.userId,
            email: "x@podium.test",
            name: "x",
            isPlatformAdmin: state.actor.isPlatformAdmin,
          },
          actor: state.actor,
        }
      : null,
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

const { scheduleSession } = await import("@/db/mutations/schedule-session");
const { previewRelease, publishRelease } = await import("@/db/mutations/publish-release");
const { listAuditLog } = await import("@/db/queries/audit-log");
const { loadScheduleEditor } = await import("@/db/queries/schedule-editor");
const { findWorkspaceConference } = await import("@/db/queries/workspace-conferences");
const { moveSessionAction } = await import("@/app/[locale]/admin/[conference]/schedule/actions");
const { publishAction } = await import("@/app/[locale]/admin/[conference]/publish/actions");

type Outcome = "allow" | "deny";

interface Case {
  name: string;
  allowed: Role[];
  /** Runs the action as `actor`; throws ForbiddenError or returns a refusal when denied. */
  attempt: (ws: Workspace, actor: Actor | null) => Promise<Outcome> | Outcome;
}

const viaThrow = async (fn: () => unknown): Promise<Outcome> => {
  try {
    await fn();
    return "allow";
  } catch (error) {
    if (error instanceof ForbiddenError) return "deny";
    throw error;
  }
};

const current = (id: number) => state.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
const firstSessionOf = (forumId: number) =>
  state.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.forumId, forumId)))
    .get()!.id;
/** Re-schedules a session where it already is: a real write that changes nothing but its version. */
const stayPut = (id: number) => {
  const s = current(id);
  return { sessionId: id, version: s.version, roomId: s.roomId, startsAt: s.startsAt, endsAt: s.endsAt };
};
let releaseNumber = 0;

const cases: Case[] = [
  {
    name: "schedule a session of the 网络剧高峰论坛 (data function)",
    allowed: ["admin", "organizer", "host"],
    attempt: (ws, actor) => viaThrow(() => scheduleSession(state.db, actor, stayPut(ws.sessionId("IP的跨平台运营")))),
  },
  {
    name: "schedule a session of the gala, another forum (data function)",
    allowed: ["admin", "organizer", "otherHost"],
    attempt: (ws, actor) => viaThrow(() => scheduleSession(state.db, actor, stayPut(firstSessionOf(ws.otherForumId)))),
  },
  {
    name: "move a session of the 网络剧高峰论坛 (server action)",
    allowed: ["admin", "organizer", "host"],
    attempt: async (ws) => {
      const s = stayPut(ws.sessionId("网络影视的精品化和规模化"));
      const result = await moveSessionAction({
        ...s,
        startsAt: s.startsAt?.toISOString() ?? null,
        endsAt: s.endsAt?.toISOString() ?? null,
      });
      return result.ok ? "allow" : "deny";
    },
  },
  {
    name: "open the schedule editor of the demo conference",
    allowed: ["admin", "organizer", "host", "otherHost"],
    attempt: (_ws, actor) => viaThrow(() => loadScheduleEditor(state.db, actor, "china-netav-2017")),
  },
  {
    name: "enter the demo conference in the workspace",
    allowed: ["admin", "organizer", "host", "otherHost"],
    attempt: (_ws, actor) => (findWorkspaceConference(state.db, actor, "china-netav-2017") ? "allow" : "deny"),
  },
  {
    name: "enter the other conference in the workspace",
    allowed: ["admin", "otherOrganizer"],
    attempt: (_ws, actor) => (findWorkspaceConference(state.db, actor, "other-conf") ? "allow" : "deny"),
  },
  {
    name: "preview a release",
    allowed: ["admin", "organizer"],
    attempt: (ws, actor) => viaThrow(() => previewRelease(state.db, actor, ws.conferenceId)),
  },
  {
    name: "publish a release (data function)",
    allowed: ["admin", "organizer"],
    attempt: (ws, actor) =>
      viaThrow(() =>
        publishRelease(state.db, actor, { conferenceId: ws.conferenceId, version: `t${++releaseNumber}` }),
      ),
  },
  {
    name: "publish a release (server action)",
    allowed: ["admin", "organizer"],
    attempt: async (ws) => {
      const form = new FormData();
      form.set("version", `a${++releaseNumber}`);
      form.set("conferenceId", String(ws.conferenceId));
      form.set("slug", "china-netav-2017");
      return (await publishAction({ status: "idle", version: "" }, form)).status === "published" ? "allow" : "deny";
    },
  },
  {
    name: "read the audit log",
    allowed: ["admin", "organizer"],
    attempt: (ws, actor) => viaThrow(() => listAuditLog(state.db, actor, ws.conferenceId, 1)),
  },
  {
    name: "publish a release of the other conference",
    allowed: ["admin", "otherOrganizer"],
    attempt: (ws, actor) =>
      viaThrow(() =>
        publishRelease(state.db, actor, { conferenceId: ws.otherConferenceId, version: `o${++releaseNumber}` }),
      ),
  },
];

describe("who may do what in the workspace", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
  });
  afterAll(() => t.dispose());

  for (const c of cases) {
    for (const role of roles) {
      const expected: Outcome = c.allowed.includes(role) ? "allow" : "deny";
      it(`${c.name}: ${role} → ${expected}`, async () => {
        state.actor = ws.actors[role];
        expect(await c.attempt(ws, ws.actors[role])).toBe(expected);
      });
    }
  }
});

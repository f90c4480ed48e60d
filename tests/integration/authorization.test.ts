import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { and, eq } from "drizzle-orm";
import { describe } from "vitest";
import { sessions } from "@/db/schema";
import { dataCase, demoRead, tryEveryRole, type WorkspaceCase } from "../support/workspace-table";

const app = {
  ...(await import("../support/app-actions/conference")),
  ...(await import("../support/app-actions/sessions")),
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
/** A placement as scheduleSession takes it: the session, then where. */
const placed = (p: ReturnType<typeof stayPut>) => [p.sessionId, p] as const;
let releaseNumber = 0;

const cases: WorkspaceCase[] = [
  dataCase(
    "schedule a session of the 网络剧高峰论坛 (data function)",
    ["admin", "organizer", "forumEditor"],
    (ctx, ws) => app.scheduleSession(ctx, ...placed(stayPut(ws.sessionId("IP的跨平台运营")))),
  ),
  dataCase(
    "schedule a session of the gala, another forum (data function)",
    ["admin", "organizer", "otherForumEditor"],
    (ctx, ws) => app.scheduleSession(ctx, ...placed(stayPut(firstSessionOf(ws.otherForumId)))),
  ),
  {
    name: "move a session of the 网络剧高峰论坛 (server action)",
    allowed: ["admin", "organizer", "forumEditor"],
    attempt: async (ws) => {
      const s = stayPut(ws.sessionId("网络影视的精品化和规模化"));
      const result = await app.moveSessionAction({
        ...s,
        startsAt: s.startsAt?.toISOString() ?? null,
        endsAt: s.endsAt?.toISOString() ?? null,
      });
      return result.status === "saved" ? "allow" : "deny";
    },
  },
  dataCase(
    "open the schedule editor of the demo conference",
    ["admin", "organizer", "forumEditor", "otherForumEditor"],
    ({ db, viewer }) => app.loadScheduleEditor(db, viewer, "china-netav-2017"),
  ),
  {
    name: "enter the demo conference in the workspace",
    allowed: ["admin", "organizer", "forumEditor", "otherForumEditor"],
    attempt: (_ws, viewer) => (app.findWorkspaceConference(state.db, viewer, "china-netav-2017") ? "allow" : "deny"),
  },
  {
    name: "enter the other conference in the workspace",
    allowed: ["admin", "otherOrganizer"],
    attempt: (_ws, viewer) => (app.findWorkspaceConference(state.db, viewer, "other-conf") ? "allow" : "deny"),
  },
  demoRead("preview a release", ["admin", "organizer"], app.previewRelease),
  dataCase("publish a release (data function)", ["admin", "organizer"], (ctx, ws) =>
    app.publishRelease(ctx, ws.conferenceId, { version: `t${++releaseNumber}` }),
  ),
  {
    name: "publish a release (server action)",
    allowed: ["admin", "organizer"],
    attempt: async () => {
      const form = new FormData();
      form.set("version", `a${++releaseNumber}`);
      form.set("$conference", "china-netav-2017");
      const result = await app.publishAction({ status: "idle" }, form);
      if (result.status === "saved") return "allow";
      if (result.problem?.code === "forbidden") return "deny";
      throw new Error(`neither published nor forbidden: ${JSON.stringify(result)}`);
    },
  },
  dataCase("read the audit log", ["admin", "organizer"], ({ db, viewer }, ws) =>
    app.listAuditLog(db, viewer, ws.conferenceId, 1),
  ),
  dataCase("publish a release of the other conference", ["admin", "otherOrganizer"], (ctx, ws) =>
    app.publishRelease(ctx, ws.otherConferenceId, { version: `o${++releaseNumber}` }),
  ),
];

describe("who may do what in the workspace", () => {
  const t = scratchWorkspace();

  tryEveryRole(t, cases);
});

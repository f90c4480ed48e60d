import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleSession } from "@/db/mutations/sessions/schedule-session";
import { listAuditLog } from "@/db/queries/audit-log";
import { loadAuditFilterOptions, loadAuditNames } from "@/db/queries/audit-log-names";
import { sessions, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

describe("the audit log's filters and names", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await createWorkspace(t.db);
    const move = (viewer: Workspace["viewers"]["organizer"], title: string, room: string) => {
      const s = t.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, ws.sessionId(title)))
        .get()!;
      const result = scheduleSession({ db: t.db, viewer }, s.id, {
        version: s.version,
        roomId: ws.roomId(room),
        startsAt: s.startsAt,
        endsAt: s.endsAt,
      });
      if (!result.ok) throw new Error(JSON.stringify(result));
    };
    move(ws.viewers.organizer, "IP的跨平台运营", "forum-hall-2");
    move(ws.viewers.forumEditor, "网络影视的精品化和规模化", "forum-hall-2");
  });
  afterAll(() => t.dispose());

  const list = (filters: Parameters<typeof listAuditLog>[5]) =>
    listAuditLog(t.db, ws.viewers.organizer, ws.conferenceId, 1, 50, filters);

  it("narrows the log to one person, one session and one action", () => {
    const editor = t.db.select().from(users).where(eq(users.id, ws.viewers.forumEditor!.userId)).get()!;
    const byEditor = list({ userId: editor.id });
    expect(byEditor.rows.map((r) => r.details.title)).toEqual(["网络影视的精品化和规模化"]);
    const ip = list({ sessionId: ws.sessionId("IP的跨平台运营") });
    expect(ip.total).toBe(1);
    expect(ip.rows[0]!.changes.roomId).toEqual({ before: ws.roomId("forum-hall-1"), after: ws.roomId("forum-hall-2") });
    expect(list({ action: "session.schedule" }).total).toBe(2);
    expect(
      list({ action: "session.schedule", userId: editor.id, sessionId: ws.sessionId("IP的跨平台运营") }).total,
    ).toBe(0);
    expect(list({}).total).toBeGreaterThanOrEqual(2);
  });

  it("names rooms and people in the viewer's language, for organizers only", () => {
    const names = loadAuditNames(t.db, ws.viewers.organizer, ws.conferenceId, "en");
    expect(names.room!.get(ws.roomId("forum-hall-2"))).toMatch(/Hall/);
    const zh = loadAuditNames(t.db, ws.viewers.organizer, ws.conferenceId, "zh-CN");
    expect(zh.room!.get(ws.roomId("forum-hall-2"))).not.toMatch(/Hall/);
    const options = loadAuditFilterOptions(t.db, ws.viewers.organizer, ws.conferenceId, "zh-CN");
    expect(options.people).toHaveLength(2);
    expect(options.sessions.map((s) => s.title)).toContain("IP的跨平台运营");
    for (const role of ["forumEditor", "otherOrganizer", "speaker"] as const) {
      expect(() => loadAuditNames(t.db, ws.viewers[role], ws.conferenceId, "en")).toThrow(ForbiddenError);
      expect(() => loadAuditFilterOptions(t.db, ws.viewers[role], ws.conferenceId, "en")).toThrow(ForbiddenError);
    }
  });
});

import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { sessionForm } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { runAction } from "../support/server-action";

const { saveSessionAction, deleteSessionAction } =
  await import("@/app/[locale]/(workspace)/admin/[conference]/sessions/actions");

describe("the session form's server actions", () => {
  const t = scratchWorkspace();

  /** What the edit form posts for a session, as it was read. */
  function posted(id: number): Record<string, string> & { $conference: string; $session: string; $version: string } {
    const { fields, target } = sessionForm(t.db, id);
    return { $conference: "china-netav-2017", $session: String(id), $version: String(target.version), ...fields };
  }

  it("saves and goes back to the list", async () => {
    state.viewer = t.ws.viewers.forumEditor;
    const id = t.ws.sessionId("俱青春——做青春的剧，网年轻的人");
    expect(await runAction(saveSessionAction, { ...posted(id), status: "draft" })).toEqual({
      redirect: "/admin/china-netav-2017/sessions?saved=session",
    });
  });

  it("gives back every field of a refused save, the selects included, with each problem beside its field", async () => {
    state.viewer = t.ws.viewers.organizer;
    const id = t.ws.sessionId("俱青春——做青春的剧，网年轻的人");
    const read = posted(id);
    const typed = { ...read, kind: "panel", status: "confirmed", trackId: "", roomId: "", title: " ", endsAt: "" };
    const result = await runAction(saveSessionAction, typed);
    const fields = Object.fromEntries(Object.entries(typed).filter(([name]) => !name.startsWith("$")));
    expect(result).toEqual({
      state: {
        status: "error",
        problem: { code: "checkFields" },
        fields: { title: { code: "required" }, endsAt: { code: "startAndEndTogether" } },
        values: fields,
      },
    });
  });

  it("refuses a stale save with who changed what and the session as it is now, keeping everything typed", async () => {
    const id = t.ws.sessionId("IP的跨平台运营");
    const read = posted(id);
    state.viewer = t.ws.viewers.organizer;
    expect(await runAction(saveSessionAction, { ...read, title: "IP的跨平台运营（组织者）" })).toHaveProperty(
      "redirect",
    );

    state.viewer = t.ws.viewers.forumEditor;
    const result = await runAction(saveSessionAction, { ...read, abstract: "论坛编辑写的摘要" });
    if (!("state" in result)) throw new Error("expected a refusal");
    const refused = result.state as Awaited<ReturnType<typeof saveSessionAction>>;
    expect(refused).toMatchObject({
      status: "error",
      problem: { code: "stale" },
      values: { abstract: "论坛编辑写的摘要", title: "IP的跨平台运营" },
    });
    expect(refused.stale?.currentVersion).toBe(Number(read.$version) + 1);
    expect(refused.stale?.changesSince).toEqual([
      {
        at: expect.any(String),
        by: "organizer-t",
        version: Number(read.$version) + 1,
        changes: { title: { before: "IP的跨平台运营", after: "IP的跨平台运营（组织者）" } },
      },
    ]);
    expect(refused.data?.current).toMatchObject({
      title: "IP的跨平台运营（组织者）",
      abstract: read.abstract,
      version: Number(read.$version) + 1,
    });
    expect(t.db.select().from(sessions).where(eq(sessions.id, id)).get()).toMatchObject({
      title: "IP的跨平台运营（组织者）",
      abstract: read.abstract,
    });
  });

  it("refuses a stale delete the same way and deletes nothing", async () => {
    state.viewer = t.ws.viewers.forumEditor;
    const id = t.ws.sessionId("新时代网剧的当下与未来");
    const read = posted(id);
    expect(await runAction(saveSessionAction, { ...read, status: "cancelled" })).toHaveProperty("redirect");
    const result = await runAction(deleteSessionAction, {
      $conference: read.$conference,
      $session: read.$session,
      $version: read.$version,
    });
    expect(result).toMatchObject({
      state: {
        status: "error",
        problem: { code: "stale" },
        stale: { changesSince: [{ by: "migu-t", changes: { status: { before: "confirmed", after: "cancelled" } } }] },
      },
    });
    expect(t.db.select().from(sessions).where(eq(sessions.id, id)).get()).toBeDefined();
  });

  it("says forbidden, keeping what was typed, when a forum editor saves another forum's session", async () => {
    state.viewer = t.ws.viewers.forumEditor;
    const gala = t.db.select().from(sessions).where(eq(sessions.forumId, t.ws.otherForumId)).get()!.id;
    expect(await runAction(saveSessionAction, { ...posted(gala), title: "改名" })).toMatchObject({
      state: { status: "error", problem: { code: "forbidden" }, values: { title: "改名" } },
    });
  });
});

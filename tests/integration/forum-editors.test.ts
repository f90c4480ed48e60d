import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { forumSteps } from "../support/forum-steps";
import { runAction } from "../support/server-action";

const { saveForum } = await import("@/db/mutations/forums");
const { listForums } = await import("@/db/queries/forums");
const { saveForumAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");

// What a forum's editors (here 咪咕's member, of the 网络剧高峰论坛) may do with forums: see them all,
// change the words of their own and nothing else.
describe("forums in the workspace", () => {
  const t = scratchWorkspace();
  const { org, as, forum, organizationsOf, form, summitForm } = forumSteps(t);

  it("lets a 咪咕 member edit the words of the 网络剧高峰论坛, but not its date or organizations", () => {
    const result = saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.forumId, {
      name: "网络剧高峰论坛（修订）",
      nameEn: "Web Drama Summit",
      theme: "新主题",
      themeEn: "",
      description: "新的介绍",
      descriptionEn: "",
    });
    expect(result.ok).toBe(true);
    expect(forum(t.ws.forumId)).toMatchObject({ name: "网络剧高峰论坛（修订）", theme: "新主题", date: "2017-12-01" });
    expect(organizationsOf(t.ws.forumId)).toEqual([{ organizationId: org("migu"), role: "organizer" }]);

    // What the form posts unchanged (or leaves out) is no change.
    expect(
      saveForum(
        as(t.ws.viewers.forumEditor),
        t.ws.conferenceId,
        t.ws.forumId,
        summitForm({ position: ` ${forum(t.ws.forumId).position}` }),
      ).ok,
    ).toBe(true);
    const before = forum(t.ws.forumId);
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.forumId, summitForm({ date: "2017-11-30" })),
    ).toThrow(expect.objectContaining({ code: "forumEditorWordsOnly" }));
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.forumId, summitForm({ date: "not a date" })),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.forumId, summitForm({ organizations: [] })),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.forumId, summitForm({ slug: "renamed" })),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, t.ws.otherForumId, { name: "盛典" }),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(as(t.ws.viewers.forumEditor), t.ws.conferenceId, null, form({ slug: "editor-made" })),
    ).toThrow(ForbiddenError);
    expect(forum(t.ws.forumId)).toEqual(before);
    expect(organizationsOf(t.ws.forumId)).toEqual([{ organizationId: org("migu"), role: "organizer" }]);
  });

  it("shows a forum editor every forum, editable only where they edit", () => {
    const list = listForums(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId);
    expect(list.length).toBeGreaterThan(2);
    expect(list.filter((f) => f.editable).map((f) => f.id)).toEqual([t.ws.forumId]);
    expect(list.every((f) => !f.manageable)).toBe(true);
    expect(list.find((f) => f.id === t.ws.forumId)?.organizations.map((o) => o.role)).toEqual(["organizer"]);
  });

  describe("through the action", () => {
    it("tells a forum editor who changed the date that forum editors change the words only, keeping what was typed", async () => {
      state.viewer = t.ws.viewers.forumEditor;
      const { organizations, ...typed } = summitForm({ date: "2017-11-30" });
      const outcome = await runAction(saveForumAction, {
        $conference: "china-netav-2017",
        $forum: String(t.ws.forumId),
        ...(typed as Record<string, string>),
        organizations: JSON.stringify(organizations),
      });
      expect(outcome).toMatchObject({
        state: { status: "error", problem: { code: "forumEditorWordsOnly" }, values: { date: "2017-11-30" } },
      });
      expect(forum(t.ws.forumId).date).toBe("2017-12-01");
    });
  });
});

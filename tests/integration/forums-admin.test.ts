import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ForumForm } from "@/db/mutations/forum-form";
import { auditLog, forumOrganizations, forums } from "@/db/schema";
import { expectAuditRefusal } from "../support/audit-failure";
import { forumSteps } from "../support/forum-steps";
import { runAction } from "../support/server-action";

const { deleteForum, saveForum } = await import("@/db/mutations/forums");
const { saveForumAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");

// A forum's life as its organizers see it: made, checked field by field, changed and deleted, each
// step audited. What a forum's editors may do: forum-editors.test.ts.
describe("forums in the workspace", () => {
  const t = scratchWorkspace();
  const { org, as, forum, organizationsOf, lastAudit, form, summitForm } = forumSteps(t);

  it("creates a forum with its organizations in order and audits every field", () => {
    const result = saveForum(as(t.ws.viewers.organizer), t.ws.conferenceId, null, form());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(forum(result.value.id)).toMatchObject({
      name: "网络视听创新论坛",
      date: "2017-11-30",
      position: 3,
      translations: { en: { name: "Innovation Forum" } },
    });
    expect(organizationsOf(result.value.id)).toEqual([
      { organizationId: org("iqiyi"), role: "organizer" },
      { organizationId: org("mango-tv"), role: "sponsor" },
    ]);
    const entry = lastAudit("forum.create");
    expect(entry.entityId).toBe(String(result.value.id));
    expect(entry.details).toMatchObject({
      changes: {
        name: { before: null, after: "网络视听创新论坛" },
        organizations: { before: null, after: ["爱奇艺 (organizer)", "芒果TV (sponsor)"] },
      },
    });
  });

  it("says what is wrong with each field by code, and writes nothing", () => {
    const count = t.db.select().from(forums).all().length;
    const audited = t.db.select().from(auditLog).all().length;
    const cases: Array<[Partial<ForumForm>, string, object]> = [
      [{ name: " " }, "name", { code: "required" }],
      [{ nameEn: "x".repeat(201) }, "nameEn", { code: "tooLong", values: { max: 200 } }],
      [{ slug: "Not A Slug" }, "slug", { code: "invalidSlug" }],
      [{ kind: "party" }, "kind", { code: "chooseOne" }],
      [{ date: "2017-02-30" }, "date", { code: "invalidDate" }],
      [
        { date: "2017-12-02" },
        "date",
        { code: "outsideConferenceDays", values: { start: "2017-11-29", end: "2017-12-01" } },
      ],
      [{ position: "1.5" }, "position", { code: "wholeNumber" }],
      [
        {
          organizations: JSON.stringify([
            { organizationId: org("migu"), role: "convener" },
            { organizationId: org("migu"), role: "convener" },
          ]),
        },
        "organizations.1.organizationId",
        { code: "duplicateRole" },
      ],
      [
        { organizations: JSON.stringify([{ organizationId: 999_999, role: "convener" }]) },
        "organizations.0.organizationId",
        { code: "organizationGone" },
      ],
      [
        { organizations: JSON.stringify([{ organizationId: "", role: "convener" }]) },
        "organizations.0.organizationId",
        { code: "chooseOne" },
      ],
      [
        { organizations: JSON.stringify([{ organizationId: org("migu"), role: "landlord" }]) },
        "organizations.0.role",
        { code: "chooseOne" },
      ],
      [{ slug: "web-drama-summit" }, "slug", { code: "slugTaken", values: { kind: "forum" } }],
    ];
    for (const [changes, field, problem] of cases) {
      const result = saveForum(
        as(t.ws.viewers.organizer),
        t.ws.conferenceId,
        null,
        form({ ...changes, slug: changes.slug ?? "fresh-forum" }),
      );
      expect(result, field).toMatchObject({ ok: false, problem: { code: "checkFields" } });
      if (!result.ok) expect(result.fields?.[field], field).toEqual(problem);
    }
    expect(t.db.select().from(forums).all()).toHaveLength(count);
    expect(t.db.select().from(auditLog).all()).toHaveLength(audited);
  });

  it("writes a forum, its organizations and its audit entry in one transaction: no entry, nothing", () => {
    const count = t.db.select().from(forums).all().length;
    const rows = t.db.select().from(forumOrganizations).all().length;
    expectAuditRefusal(t.db, () =>
      saveForum(as(t.ws.viewers.organizer), t.ws.conferenceId, null, form({ slug: "unaudited" })),
    );
    expect(t.db.select().from(forums).all()).toHaveLength(count);
    expect(t.db.select().from(forumOrganizations).all()).toHaveLength(rows);
  });

  it("lets an organizer change a forum's date and organizations, auditing before and after", () => {
    const before = forum(t.ws.forumId);
    const result = saveForum(
      as(t.ws.viewers.organizer),
      t.ws.conferenceId,
      t.ws.forumId,
      summitForm({
        date: "2017-11-30",
        organizations: [...organizationsOf(t.ws.forumId), { organizationId: org("ciwen-media"), role: "co-organizer" }],
      }),
    );
    expect(result.ok).toBe(true);
    expect(forum(t.ws.forumId).date).toBe("2017-11-30");
    expect(lastAudit("forum.update").details).toMatchObject({
      changes: {
        date: { before: before.date, after: "2017-11-30" },
        organizations: {
          before: ["咪咕文化科技有限公司 (organizer)"],
          after: ["咪咕文化科技有限公司 (organizer)", "慈文传媒股份有限公司 (co-organizer)"],
        },
      },
    });
    saveForum(
      as(t.ws.viewers.organizer),
      t.ws.conferenceId,
      t.ws.forumId,
      summitForm({ date: before.date, organizations: [{ organizationId: org("migu"), role: "organizer" }] }),
    );
  });

  it("refuses to delete a forum that has sessions, naming them", () => {
    expect(deleteForum(as(t.ws.viewers.organizer), t.ws.conferenceId, t.ws.forumId)).toEqual({
      ok: false,
      problem: {
        code: "inUse",
        values: {
          name: forum(t.ws.forumId).name,
          count: 7,
          kind: "session",
          list: expect.stringContaining("“推原创之波，助精品之澜”"),
        },
      },
    });
    expect(forum(t.ws.forumId)).toBeDefined();
  });

  it("deletes an empty forum with its organizations and audits what it was", () => {
    const created = saveForum(as(t.ws.viewers.organizer), t.ws.conferenceId, null, form({ slug: "to-delete" }));
    if (!created.ok) throw new Error("not created");
    expect(deleteForum(as(t.ws.viewers.organizer), t.ws.conferenceId, created.value.id)).toEqual({
      ok: true,
      value: null,
    });
    expect(t.db.select().from(forums).where(eq(forums.id, created.value.id)).get()).toBeUndefined();
    expect(organizationsOf(created.value.id)).toEqual([]);
    expect(lastAudit("forum.delete").details).toMatchObject({
      changes: {
        slug: { before: "to-delete", after: null },
        organizations: { before: ["爱奇艺 (organizer)", "芒果TV (sponsor)"], after: null },
      },
    });
    expect(deleteForum(as(t.ws.viewers.organizer), t.ws.conferenceId, created.value.id)).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "forum"), eq(auditLog.entityId, String(created.value.id))))
        .all(),
    ).toHaveLength(2);
  });

  describe("through the action", () => {
    it("go back to the list, which says it was saved", async () => {
      state.viewer = t.ws.viewers.organizer;
      expect(
        await runAction(saveForumAction, {
          $conference: "china-netav-2017",
          ...(form({ slug: "via-action", organizations: "[]" }) as Record<string, string>),
        }),
      ).toEqual({ redirect: "/admin/china-netav-2017/forums?saved=forum" });
    });
  });
});

import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { ForumForm } from "@/db/mutations/forum-form";
import { auditLog, forumOrganizations, forums, organizations } from "@/db/schema";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { whileAuditFails } from "../support/audit-failure";
import { runAction } from "../support/server-action";

const { deleteForum, saveForum } = await import("@/db/mutations/forums");
const { listForums } = await import("@/db/queries/forums");
const { saveForumAction } = await import("@/app/[locale]/(workspace)/admin/[conference]/forums/actions");

describe("forums in the workspace", () => {
  const t = scratchWorkspace();
  let org: (slug: string) => number;
  beforeAll(() => {
    org = (slug) => t.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  });

  const as = (viewer: Viewer | null) => ({ db: t.db, viewer });
  const forum = (id: number) => t.db.select().from(forums).where(eq(forums.id, id)).get()!;
  const organizationsOf = (id: number) =>
    t.db
      .select({ organizationId: forumOrganizations.organizationId, role: forumOrganizations.role })
      .from(forumOrganizations)
      .where(eq(forumOrganizations.forumId, id))
      .orderBy(forumOrganizations.position)
      .all();
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<ForumForm> = {}): ForumForm => ({
    name: "网络视听创新论坛",
    nameEn: "Innovation Forum",
    slug: "innovation-forum",
    kind: "forum",
    theme: "",
    themeEn: "",
    description: "",
    descriptionEn: "",
    date: "2017-11-30",
    position: "3",
    organizations: JSON.stringify([
      { organizationId: org("iqiyi"), role: "organizer" },
      { organizationId: org("mango-tv"), role: "sponsor" },
    ]),
    ...changes,
  });
  /** The web drama summit as its form posts it. */
  const summitForm = (changes: Partial<ForumForm> = {}): ForumForm => {
    const f = forum(t.ws.forumId);
    return {
      name: f.name,
      nameEn: f.translations.en?.name ?? "",
      slug: f.slug,
      kind: f.kind,
      theme: f.theme,
      themeEn: f.translations.en?.theme ?? "",
      description: f.description,
      descriptionEn: f.translations.en?.description ?? "",
      date: f.date,
      position: String(f.position),
      organizations: organizationsOf(t.ws.forumId),
      ...changes,
    };
  };

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
    expect(() =>
      whileAuditFails(t.db, () =>
        saveForum(as(t.ws.viewers.organizer), t.ws.conferenceId, null, form({ slug: "unaudited" })),
      ),
    ).toThrow(/audit refused/);
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

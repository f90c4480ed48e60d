import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteForum, saveForum, type ForumForm } from "@/db/mutations/forums";
import { listForums } from "@/db/queries/forums";
import { auditLog, forumOrganizations, forums, organizations } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

describe("forums in the workspace", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  let org: (slug: string) => number;
  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await createWorkspace(t.db);
    org = (slug) => t.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  });
  afterAll(() => t.dispose());

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
    const f = forum(ws.forumId);
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
      organizations: organizationsOf(ws.forumId),
      ...changes,
    };
  };

  it("creates a forum with its organizations in order and audits every field", () => {
    const result = saveForum(t.db, ws.viewers.organizer, ws.conferenceId, null, form());
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

  it("says what is wrong with each field, and writes nothing", () => {
    const count = t.db.select().from(forums).all().length;
    const cases: Array<[Partial<ForumForm>, string, RegExp]> = [
      [{ name: " " }, "name", /required/],
      [{ nameEn: "x".repeat(201) }, "nameEn", /200/],
      [{ slug: "Not A Slug" }, "slug", /lowercase/],
      [{ kind: "party" }, "kind", /kind/],
      [{ date: "2017-02-30" }, "date", /YYYY-MM-DD/],
      [{ date: "2017-12-02" }, "date", /2017-11-29 to 2017-12-01/],
      [{ position: "1.5" }, "position", /wholeNumber/],
      [
        {
          organizations: JSON.stringify([
            { organizationId: org("migu"), role: "convener" },
            { organizationId: org("migu"), role: "convener" },
          ]),
        },
        "organizations.1.organizationId",
        /already listed/,
      ],
      [
        { organizations: JSON.stringify([{ organizationId: 999_999, role: "convener" }]) },
        "organizations.0.organizationId",
        /no longer exists/,
      ],
      [
        { organizations: JSON.stringify([{ organizationId: org("migu"), role: "landlord" }]) },
        "organizations.0.role",
        /role/,
      ],
      [{ slug: "web-drama-summit" }, "slug", /Another forum/],
    ];
    for (const [changes, field, message] of cases) {
      const result = saveForum(
        t.db,
        ws.viewers.organizer,
        ws.conferenceId,
        null,
        form({ ...changes, slug: changes.slug ?? "fresh-forum" }),
      );
      expect(result, field).toMatchObject({ ok: false, reason: "invalid" });
      if (result.ok || result.reason !== "invalid") continue;
      expect((result as { fieldErrors?: Record<string, string> }).fieldErrors?.[field], field).toMatch(message);
    }
    expect(t.db.select().from(forums).all()).toHaveLength(count);
  });

  it("lets an organizer change a forum's date and organizations, auditing before and after", () => {
    const before = forum(ws.forumId);
    const result = saveForum(
      t.db,
      ws.viewers.organizer,
      ws.conferenceId,
      ws.forumId,
      summitForm({
        date: "2017-11-30",
        organizations: [...organizationsOf(ws.forumId), { organizationId: org("ciwen-media"), role: "co-organizer" }],
      }),
    );
    expect(result.ok).toBe(true);
    expect(forum(ws.forumId).date).toBe("2017-11-30");
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
      t.db,
      ws.viewers.organizer,
      ws.conferenceId,
      ws.forumId,
      summitForm({ date: before.date, organizations: [{ organizationId: org("migu"), role: "organizer" }] }),
    );
  });

  it("lets a 咪咕 member edit the words of the 网络剧高峰论坛, but not its date or organizations", () => {
    const result = saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, ws.forumId, {
      name: "网络剧高峰论坛（修订）",
      nameEn: "Web Drama Summit",
      theme: "新主题",
      themeEn: "",
      description: "新的介绍",
      descriptionEn: "",
    });
    expect(result.ok).toBe(true);
    expect(forum(ws.forumId)).toMatchObject({ name: "网络剧高峰论坛（修订）", theme: "新主题", date: "2017-12-01" });
    expect(organizationsOf(ws.forumId)).toEqual([{ organizationId: org("migu"), role: "organizer" }]);

    const before = forum(ws.forumId);
    expect(() =>
      saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, ws.forumId, summitForm({ date: "2017-11-30" })),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, ws.forumId, summitForm({ organizations: [] })),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, ws.forumId, summitForm({ slug: "renamed" })),
    ).toThrow(ForbiddenError);
    expect(() => saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, ws.otherForumId, { name: "盛典" })).toThrow(
      ForbiddenError,
    );
    expect(() => saveForum(t.db, ws.viewers.forumEditor, ws.conferenceId, null, form({ slug: "editor-made" }))).toThrow(
      ForbiddenError,
    );
    expect(forum(ws.forumId)).toEqual(before);
    expect(organizationsOf(ws.forumId)).toEqual([{ organizationId: org("migu"), role: "organizer" }]);
  });

  it("shows a forum editor every forum, editable only where they edit", () => {
    const list = listForums(t.db, ws.viewers.forumEditor, ws.conferenceId);
    expect(list.length).toBeGreaterThan(2);
    expect(list.filter((f) => f.editable).map((f) => f.id)).toEqual([ws.forumId]);
    expect(list.every((f) => !f.manageable)).toBe(true);
    expect(list.find((f) => f.id === ws.forumId)?.organizations.map((o) => o.role)).toEqual(["organizer"]);
  });

  it("refuses to delete a forum that has sessions, naming them", () => {
    const result = deleteForum(t.db, ws.viewers.organizer, ws.conferenceId, ws.forumId);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") return;
    expect(result.message).toMatch(/7 session/);
    expect(result.message).toContain("“推原创之波，助精品之澜”");
    expect(forum(ws.forumId)).toBeDefined();
  });

  it("deletes an empty forum with its organizations and audits what it was", () => {
    const created = saveForum(t.db, ws.viewers.organizer, ws.conferenceId, null, form({ slug: "to-delete" }));
    if (!created.ok) throw new Error("not created");
    expect(deleteForum(t.db, ws.viewers.organizer, ws.conferenceId, created.value.id)).toEqual({
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
    expect(deleteForum(t.db, ws.viewers.organizer, ws.conferenceId, created.value.id)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "forum"), eq(auditLog.entityId, String(created.value.id))))
        .all(),
    ).toHaveLength(2);
  });
});

import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, organizationMemberships, organizations } from "@/db/schema";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({ db: null as unknown as Db, viewer: null as Viewer | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

const { deleteOrganization, listOrganizations, saveOrganization } = await import("@/db/mutations/organizations");
const { deleteOrganizationAction, saveOrganizationAction } = await import("@/app/[locale]/admin/organizations/actions");

describe("organizations", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  let organizer: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
    organizer = ws.viewers.organizer!;
  });
  afterAll(() => t.dispose());

  const org = (slug: string) => t.db.select().from(organizations).where(eq(organizations.slug, slug)).get();
  const lastAudit = (action: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!;
  const form = (o: NonNullable<ReturnType<typeof org>>) => ({
    name: o.name,
    nameEn: o.translations.en?.name ?? "",
    shortName: o.shortName ?? "",
    slug: o.slug,
    website: o.website ?? "",
    parentId: o.parentId === null ? "" : String(o.parentId),
  });

  it("puts each field's error beside that field", () => {
    const result = saveOrganization(t.db, organizer, null, {
      name: "",
      slug: "-x",
      website: "javascript:alert(1)",
      parentId: "abc",
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        name: "Name is required",
        slug: expect.stringMatching(/lowercase/),
        website: expect.stringMatching(/http:\/\/ or https:\/\//),
        parentId: "Choose an organization from the list, or none",
      },
    });
  });

  it.each(["ftp://example.com", "example.com", "mailto:a@b.cn"])("refuses %s as a website", (website) => {
    expect(saveOrganization(t.db, organizer, null, { name: "X", slug: "x-org", website })).toMatchObject({
      fieldErrors: { website: expect.any(String) },
    });
  });

  it("creates an organization under a parent and audits it (belonging to no conference)", () => {
    const parent = org("china-mobile")!;
    const result = saveOrganization(t.db, organizer, null, {
      name: "咪咕音乐",
      nameEn: "Migu Music",
      shortName: "",
      slug: "migu-music",
      website: "https://music.migu.cn",
      parentId: String(parent.id),
    });
    expect(result.ok).toBe(true);
    expect(org("migu-music")).toMatchObject({
      parentId: parent.id,
      website: "https://music.migu.cn",
      shortName: null,
      translations: { en: { name: "Migu Music" } },
    });
    const entry = lastAudit("organization.create");
    expect(entry.conferenceId).toBeNull();
    expect(entry.details).toMatchObject({
      changes: { slug: { before: null, after: "migu-music" }, parentId: { before: null, after: parent.id } },
    });
  });

  it("refuses a slug another organization has", () => {
    expect(saveOrganization(t.db, organizer, null, { name: "Again", slug: "migu" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: "Another organization has that slug." },
    });
  });

  it("refuses a parent that would make a cycle: itself, or one of its descendants", () => {
    const chinaMobile = org("china-mobile")!;
    const grandchild = org("migu-video")!;
    const admin = ws.viewers.admin!;
    expect(
      saveOrganization(t.db, admin, chinaMobile.id, { ...form(chinaMobile), parentId: String(chinaMobile.id) }),
    ).toMatchObject({ fieldErrors: { parentId: expect.stringMatching(/cannot sit under itself/) } });
    expect(
      saveOrganization(t.db, admin, chinaMobile.id, { ...form(chinaMobile), parentId: String(grandchild.id) }),
    ).toMatchObject({ fieldErrors: { parentId: expect.stringMatching(/sub-organizations/) } });
    expect(org("china-mobile")!.parentId).toBeNull();
    expect(saveOrganization(t.db, organizer, null, { name: "X", slug: "x-orphan", parentId: "99999" })).toMatchObject({
      fieldErrors: { parentId: "That parent organization no longer exists." },
    });
  });

  it("lets only its members, platform admins, and whoever added it while it has no members change an organization", () => {
    const migu = org("migu")!;
    expect(() => saveOrganization(t.db, organizer, migu.id, form(migu))).toThrow(ForbiddenError);
    expect(() => saveOrganization(t.db, ws.viewers.otherForumEditor, migu.id, form(migu))).toThrow(ForbiddenError);
    expect(() => deleteOrganization(t.db, organizer, migu.id)).toThrow(ForbiddenError);
    expect(saveOrganization(t.db, ws.viewers.forumEditor, migu.id, { ...form(migu), shortName: "咪咕" }).ok).toBe(true);
    const added = saveOrganization(t.db, organizer, null, { name: "新增机构", slug: "added-org" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(saveOrganization(t.db, organizer, added.value.id, { name: "新增机构（更正）", slug: "added-org" }).ok).toBe(
      true,
    );
    expect(() =>
      saveOrganization(t.db, ws.viewers.otherOrganizer, added.value.id, { name: "改名", slug: "added-org" }),
    ).toThrow(ForbiddenError);
    t.db
      .insert(organizationMemberships)
      .values({ organizationId: added.value.id, userId: ws.viewers.otherForumEditor!.userId })
      .run();
    expect(() => saveOrganization(t.db, organizer, added.value.id, { name: "再改", slug: "added-org" })).toThrow(
      ForbiddenError,
    );
    expect(listOrganizations(t.db, ws.viewers.forumEditor).find((o) => o.slug === "migu")).toMatchObject({
      editable: true,
    });
    expect(listOrganizations(t.db, organizer).find((o) => o.slug === "migu")).toMatchObject({ editable: false });
  });

  it("updates an organization, keeping its other translations, and audits before and after", () => {
    const huace = org("huace")!;
    const result = saveOrganization(t.db, ws.viewers.admin, huace.id, {
      ...form(huace),
      website: "https://www.huacemedia.com",
      nameEn: "Huace Group",
    });
    expect(result.ok).toBe(true);
    expect(org("huace")!.translations).toEqual({ en: { name: "Huace Group", shortName: "Huace" } });
    expect(lastAudit("organization.update").details).toMatchObject({
      changes: {
        website: { before: null, after: "https://www.huacemedia.com" },
        translations: {
          before: { en: { name: "Zhejiang Huace Film & TV Group" } },
          after: { en: { name: "Huace Group" } },
        },
      },
    });
  });

  it("refuses to delete an organization still in use, saying by what, without naming its members", () => {
    const migu = org("migu")!;
    const result = deleteOrganization(t.db, ws.viewers.forumEditor, migu.id);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error("expected a refusal");
    // The forum editor organizes no conference: the forum is counted, not named.
    expect(result.message).toMatch(/is an organization of 1 forum\(s\); /);
    expect(result.message).toMatch(/has \d+ member\(s\)/);
    expect(result.message).not.toMatch(/@/);
    expect(result.message).toContain("has 1 sub-organization(s): “咪咕视讯科技有限公司”");
    expect(deleteOrganization(t.db, ws.viewers.admin, migu.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is an organization of 1 forum\(s\): “网络剧高峰论坛” \(china-netav-2017\)/),
    });
    expect(org("migu")).toBeDefined();
  });

  it("counts the speaker profiles of an organization when refusing, naming none (they may be another conference's)", () => {
    const mango = org("mango-tv")!;
    const result = deleteOrganization(t.db, ws.viewers.admin, mango.id);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is the organization of 2 speaker profile\(s\)(;|\.)/),
    });
  });

  it("deletes an unused organization and audits its fields going to null", () => {
    const music = org("migu-music")!;
    expect(deleteOrganization(t.db, organizer, music.id)).toEqual({ ok: true, value: null });
    expect(org("migu-music")).toBeUndefined();
    expect(lastAudit("organization.delete").details).toMatchObject({
      changes: { name: { before: "咪咕音乐", after: null }, slug: { before: "migu-music", after: null } },
    });
  });

  it("lists organizations with their parent and what refers to them", () => {
    const rows = listOrganizations(t.db, organizer);
    const members = (id: number) =>
      t.db.select().from(organizationMemberships).where(eq(organizationMemberships.organizationId, id)).all().length;
    const migu = org("migu")!;
    expect(rows.find((o) => o.slug === "migu")).toMatchObject({
      parentName: "中国移动",
      memberCount: members(migu.id),
      childCount: 1,
      forumCount: 1,
    });
    expect(rows.find((o) => o.slug === "mango-tv")).toMatchObject({
      speakerCount: 2,
      memberCount: members(org("mango-tv")!.id),
    });
  });

  describe("server actions", () => {
    it("give back field errors with what was typed", async () => {
      state.viewer = organizer;
      expect(
        await runAction(saveOrganizationAction, { name: "新机构", slug: "new-org", website: "www.example.com" }),
      ).toMatchObject({
        state: {
          status: "error",
          fieldErrors: { website: expect.any(String) },
          values: { name: "新机构", slug: "new-org", website: "www.example.com" },
        },
      });
    });

    it("redirect to the list after saving, and explain a refused delete", async () => {
      state.viewer = ws.viewers.admin;
      expect(await runAction(saveOrganizationAction, { name: "新机构", slug: "new-org" })).toEqual({
        redirect: "/admin/organizations",
      });
      expect(await runAction(deleteOrganizationAction, { $organization: String(org("migu")!.id) })).toMatchObject({
        state: { status: "error", message: expect.stringContaining("Remove these links first") },
      });
    });
  });
});

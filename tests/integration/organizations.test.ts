import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { workspaceDeskOf } from "../support/workspace-desk";
import { organizationForm } from "../support/tenancy-forms";
import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { auditLog, organizationMemberships, organizations } from "@/db/schema";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { ForbiddenError } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { runAction } from "../support/server-action";
import { fieldProblems } from "../support/field-problems";

const app = await import("../support/app-actions/organizations");

describe("organizations", () => {
  const t = scratchWorkspace();
  const { organizer, as, lastAudit } = workspaceDeskOf(t);

  const org = (slug: string) => t.db.select().from(organizations).where(eq(organizations.slug, slug)).get();
  const form = (o: { id: number }) => organizationForm(t.db, o.id);

  it("puts each field's error beside that field", () => {
    const result = app.saveOrganization(as(organizer()), null, {
      name: "",
      slug: "-x",
      website: "javascript:alert(1)",
      parentId: "abc",
    });
    expect(result).toEqual(
      fieldProblems({ name: "required", slug: "invalidSlug", website: "invalidUrl", parentId: "chooseOne" }),
    );
  });

  it.each(["ftp://example.com", "example.com", "mailto:a@b.cn"])("refuses %s as a website", (website) => {
    expect(app.saveOrganization(as(organizer()), null, { name: "X", slug: "x-org", website })).toMatchObject({
      fields: { website: { code: "invalidUrl" } },
    });
  });

  it("creates an organization under a parent and audits it (belonging to no conference)", () => {
    const parent = org("china-mobile")!;
    const result = app.saveOrganization(as(organizer()), null, {
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
    expect(app.saveOrganization(as(organizer()), null, { name: "Again", slug: "migu" })).toMatchObject({
      ok: false,
      fields: { slug: { code: "slugTaken", values: { kind: "organization" } } },
    });
  });

  it("refuses a parent that would make a cycle: itself, or one of its descendants", () => {
    const chinaMobile = org("china-mobile")!;
    const grandchild = org("migu-video")!;
    const admin = t.ws.viewers.admin!;
    expect(
      app.saveOrganization(as(admin), chinaMobile.id, { ...form(chinaMobile), parentId: String(chinaMobile.id) }),
    ).toMatchObject({ fields: { parentId: { code: "parentCycle" } } });
    expect(
      app.saveOrganization(as(admin), chinaMobile.id, { ...form(chinaMobile), parentId: String(grandchild.id) }),
    ).toMatchObject({ fields: { parentId: { code: "parentCycle" } } });
    expect(org("china-mobile")!.parentId).toBeNull();
    expect(
      app.saveOrganization(as(organizer()), null, { name: "X", slug: "x-orphan", parentId: "99999" }),
    ).toMatchObject({
      fields: { parentId: { code: "organizationGone" } },
    });
  });

  it("lets only its members, platform admins, and whoever added it while it has no members change an organization", () => {
    const migu = org("migu")!;
    expect(() => app.saveOrganization(as(organizer()), migu.id, form(migu))).toThrow(ForbiddenError);
    expect(() => app.saveOrganization(as(t.ws.viewers.otherForumEditor), migu.id, form(migu))).toThrow(ForbiddenError);
    expect(() => app.deleteOrganization(as(organizer()), migu.id)).toThrow(ForbiddenError);
    expect(app.saveOrganization(as(t.ws.viewers.forumEditor), migu.id, { ...form(migu), shortName: "咪咕" }).ok).toBe(
      true,
    );
    const added = app.saveOrganization(as(organizer()), null, { name: "新增机构", slug: "added-org" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(
      app.saveOrganization(as(organizer()), added.value.id, { name: "新增机构（更正）", slug: "added-org" }).ok,
    ).toBe(true);
    expect(() =>
      app.saveOrganization(as(t.ws.viewers.otherOrganizer), added.value.id, { name: "改名", slug: "added-org" }),
    ).toThrow(ForbiddenError);
    t.db
      .insert(organizationMemberships)
      .values({ organizationId: added.value.id, userId: t.ws.viewers.otherForumEditor!.userId })
      .run();
    expect(() => app.saveOrganization(as(organizer()), added.value.id, { name: "再改", slug: "added-org" })).toThrow(
      ForbiddenError,
    );
    expect(app.listOrganizations(t.db, t.ws.viewers.forumEditor).find((o) => o.slug === "migu")).toMatchObject({
      editable: true,
    });
    expect(app.listOrganizations(t.db, organizer()).find((o) => o.slug === "migu")).toMatchObject({ editable: false });
  });

  it("updates an organization, keeping its other translations, and audits before and after", () => {
    const huace = org("huace")!;
    const result = app.saveOrganization(as(t.ws.viewers.admin), huace.id, {
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
    const members = t.db
      .select()
      .from(organizationMemberships)
      .where(eq(organizationMemberships.organizationId, migu.id))
      .all().length;
    const audited = t.db.select().from(auditLog).all().length;
    // The forum editor organizes no conference: the forum is counted, not named.
    const refused = app.deleteOrganization(as(t.ws.viewers.forumEditor), migu.id);
    expect(refused).toEqual({
      ok: false,
      problem: {
        code: "inUse",
        values: {
          kind: "organization",
          name: migu.name,
          forums: 1,
          forumList: "none",
          speakers: expect.any(Number),
          members,
          children: 1,
          childList: "“咪咕视讯科技有限公司”",
        },
      },
    });
    expect(JSON.stringify(refused)).not.toMatch(/@/);
    expect(app.deleteOrganization(as(t.ws.viewers.admin), migu.id)).toMatchObject({
      ok: false,
      problem: { values: { forums: 1, forumList: "“网络剧高峰论坛” (china-netav-2017)" } },
    });
    expect(org("migu")).toBeDefined();
    expect(t.db.select().from(auditLog).all()).toHaveLength(audited);
  });

  it("says a refused delete in the viewer's language, every count and the names the viewer may see", () => {
    const refused = app.deleteOrganization(as(t.ws.viewers.admin), org("migu")!.id);
    if (refused.ok) throw new Error("expected a refusal");
    const say = (locale: "en" | "zh-CN") =>
      createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "problems" })(
        "inUse",
        refused.problem.values,
      );
    expect(say("en")).toMatch(
      /^“咪咕文化科技有限公司” is still in use: forums 1 \(“网络剧高峰论坛” \(china-netav-2017\)\), speaker profiles \d+, members \d+, sub-organizations 1 \(“咪咕视讯科技有限公司”\)\. Remove these links first\.$/,
    );
    expect(say("zh-CN")).toMatch(
      /^“咪咕文化科技有限公司”仍在使用中：论坛 1 个（“网络剧高峰论坛” \(china-netav-2017\)），/,
    );
  });

  it("counts the speaker profiles of an organization when refusing, naming none (they may be another conference's)", () => {
    const mango = org("mango-tv")!;
    const result = app.deleteOrganization(as(t.ws.viewers.admin), mango.id);
    expect(result).toMatchObject({ ok: false, problem: { code: "inUse", values: { speakers: 2 } } });
    expect(JSON.stringify(result)).not.toMatch(/王|Wang/);
  });

  it("writes an organization and its audit entry in one transaction: no entry, no organization", () => {
    expectAuditRefusal(t.db, () =>
      app.saveOrganization(as(organizer()), null, { name: "无痕", slug: "unaudited-org" }),
    );
    expect(org("unaudited-org")).toBeUndefined();
  });

  it("deletes an unused organization and audits its fields going to null", () => {
    const music = org("migu-music")!;
    expect(app.deleteOrganization(as(organizer()), music.id)).toEqual({ ok: true, value: null });
    expect(org("migu-music")).toBeUndefined();
    expect(lastAudit("organization.delete").details).toMatchObject({
      changes: { name: { before: "咪咕音乐", after: null }, slug: { before: "migu-music", after: null } },
    });
  });

  it("lists organizations with their parent and what refers to them", () => {
    const rows = app.listOrganizations(t.db, organizer());
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
      state.viewer = organizer();
      expect(
        await runAction(app.saveOrganizationAction, { name: "新机构", slug: "new-org", website: "www.example.com" }),
      ).toMatchObject({
        state: {
          status: "error",
          problem: { code: "checkFields" },
          fields: { website: { code: "invalidUrl" } },
          values: { name: "新机构", slug: "new-org", website: "www.example.com" },
        },
      });
    });

    it("redirect to the list, which says it was saved, and explain a refused delete", async () => {
      state.viewer = t.ws.viewers.admin;
      expect(await runAction(app.saveOrganizationAction, { name: "新机构", slug: "new-org" })).toEqual({
        redirect: "/admin/organizations?saved=organization",
      });
      expect(await runAction(app.deleteOrganizationAction, { $organization: String(org("migu")!.id) })).toMatchObject({
        state: { status: "error", problem: { code: "inUse", values: { kind: "organization" } } },
      });
    });
  });
});

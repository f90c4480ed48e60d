import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { updateOwnProfile } from "@/db/mutations/own-profile";
import { auditLog, speakers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace } from "../support/workspace-fixture";
import { scratchWorkspace } from "../support/scratch-database";

describe("a speaker's own profile", () => {
  const t = scratchWorkspace();
  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;

  const profile = {
    name: "王斌",
    position: "CEO",
    organization: "咪咕视讯科技有限公司",
    bio: "**5G** 与 *AI*",
    bioEn: "Works on **5G** and AI.",
    links: JSON.stringify([{ kind: "website", url: "https://www.migu.cn" }]),
  };

  it("lets 王斌 edit his words and links, audited, keeping his slug and other translations", () => {
    const id = speaker("wang-bin").id;
    const result = updateOwnProfile({ db: t.db, viewer: t.ws.viewers.speaker }, id, profile);
    expect(result.ok).toBe(true);
    const after = speaker("wang-bin");
    expect(after).toMatchObject({
      slug: "wang-bin",
      bio: "**5G** 与 *AI*",
      links: [{ kind: "website", url: "https://www.migu.cn" }],
    });
    expect(after.translations.en?.bio).toBe("Works on **5G** and AI.");
    expect(after.translations.en?.name).toBeUndefined();
    const entry = t.db.select().from(auditLog).where(eq(auditLog.action, "speaker.update-own")).get()!;
    expect(entry.details).toMatchObject({ changes: { bio: { after: "**5G** 与 *AI*" } } });
  });

  it("refuses a javascript: link and an empty name beside the fields, changing nothing", () => {
    const id = speaker("wang-bin").id;
    const before = speaker("wang-bin");
    const result = updateOwnProfile({ db: t.db, viewer: t.ws.viewers.speaker }, id, {
      ...profile,
      name: " ",
      links: JSON.stringify([{ kind: "website", url: "javascript:alert(1)" }]),
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "checkFields" },
      fields: { name: { code: "required" }, "links.0.url": { code: "invalidUrl" } },
    });
    expect(speaker("wang-bin")).toEqual(before);
  });

  it("saves a profile and its audit entry in one transaction: without the entry, the profile stays as it was", () => {
    const before = speaker("wang-bin");
    expectAuditRefusal(t.db, () =>
      updateOwnProfile({ db: t.db, viewer: t.ws.viewers.speaker }, before.id, { ...profile, bio: "never saved" }),
    );
    expect(speaker("wang-bin")).toEqual(before);
  });

  it("refuses everyone else: another speaker's profile, organizers, forum editors, nobody", () => {
    const other = speaker("wang-beibei").id;
    expect(() => updateOwnProfile({ db: t.db, viewer: t.ws.viewers.speaker }, other, profile)).toThrow(ForbiddenError);
    for (const role of ["organizer", "forumEditor", "otherForumEditor", "noRights", "anonymous"] as const) {
      expect(
        () => updateOwnProfile({ db: t.db, viewer: t.ws.viewers[role] }, speaker("wang-bin").id, profile),
        role,
      ).toThrow(ForbiddenError);
    }
  });
});

describe("a speaker's sessions", () => {
  it("lists 李霞's talk and the two dialogues she moderates, with co-speakers, and nothing for others", async () => {
    const t = await createTestDatabase();
    try {
      const ws = await createWorkspace(t.db);
      const { listMySessions } = await import("@/db/queries/my-sessions");
      const { loadViewer } = await import("@/db/auth/viewer");
      const { users } = await import("@/db/schema");
      const user = t.db.insert(users).values({ email: "lixia-t@podium.test" }).returning().get();
      t.db.update(speakers).set({ userId: user.id }).where(eq(speakers.slug, "li-xia")).run();
      const mine = listMySessions(t.db, loadViewer(t.db, user.id));
      expect(mine.map((s) => [s.title, s.role])).toEqual([
        ["市场化的影视人才培养思路为精品网剧提供原动力", "speaker"],
        ["IP的跨平台运营", "moderator"],
        ["网络影视的精品化和规模化", "moderator"],
      ]);
      expect(mine[1]!.coSpeakers.map((p) => p.name)).toEqual(["王沁", "冯伟", "黄硕", "高文韬"]);
      expect(mine[1]!.conference).toMatchObject({ slug: "china-netav-2017", timeZone: "Asia/Shanghai" });
      expect(listMySessions(t.db, ws.viewers.organizer)).toEqual([]);
      expect(listMySessions(t.db, null)).toEqual([]);
    } finally {
      t.dispose();
    }
  });
});

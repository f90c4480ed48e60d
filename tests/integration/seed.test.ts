import fs from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  conferences,
  forumOrganizations,
  forums,
  organizations,
  releases,
  sessionPeople,
  sessions,
  speakers,
} from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { hasShared, sharedPath } from "../support/shared-data";
import type { Db } from "@/db/connection";
import { scratchDemo } from "../support/scratch-database";

// The news article the demo is drawn from is not ours to copy: checks against it run where ../shared is.
const article = hasShared("seed/article-zh.md") ? fs.readFileSync(sharedPath("seed/article-zh.md"), "utf8") : null;
const expectInArticle = (text: string, label?: string) => {
  if (article !== null) expect(article, label).toContain(text);
};

function dump(t: { db: Db }) {
  const tables = t.db.$client.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
    name: string;
  }[];
  return Object.fromEntries(tables.map(({ name }) => [name, t.db.$client.prepare(`select * from "${name}"`).all()]));
}

describe("the demo seed", () => {
  const t = scratchDemo();

  it("changes nothing when it runs a second time", async () => {
    const before = dump(t);
    const report = await seedDemo(t.db);
    expect(report.inserted).toBe(0);
    expect(report.released).toBeNull();
    expect(dump(t)).toEqual(before);
  });

  it("keeps edits made since the first run", async () => {
    t.db.update(speakers).set({ bio: "edited" }).where(eq(speakers.slug, "wang-bin")).run();
    await seedDemo(t.db);
    expect(t.db.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()?.bio).toBe("edited");
    t.db.update(speakers).set({ bio: "" }).where(eq(speakers.slug, "wang-bin")).run();
  });

  it("loads the conference with its theme, city, dates and zone", () => {
    const c = t.db.select().from(conferences).where(eq(conferences.slug, "china-netav-2017")).get();
    expect(c).toMatchObject({
      name: "第五届中国网络视听大会",
      theme: "新使命、新视界、新动能",
      city: "成都",
      timeZone: "Asia/Shanghai",
      startDate: "2017-11-29",
      endDate: "2017-12-01",
      defaultLocale: "zh-CN",
      published: true,
    });
    expect(c?.translations.en?.name).toBe("The 5th China Internet Audio-Visual Conference");
    expectInArticle(c!.name);
    expectInArticle(`“${c!.theme}”`);
  });

  it("has a forum for each kind of activity the article lists, across the three days", () => {
    const rows = t.db.select().from(forums).all();
    expect(new Set(rows.map((f) => f.kind))).toEqual(new Set(["opening", "summit", "forum", "expo", "gala", "pitch"]));
    expect(new Set(rows.map((f) => f.date))).toEqual(new Set(["2017-11-29", "2017-11-30", "2017-12-01"]));
  });

  it("has the web drama summit, organized (承办) by 咪咕, on the morning of 1 December", () => {
    const forum = t.db.select().from(forums).where(eq(forums.slug, "web-drama-summit")).get()!;
    expect(forum).toMatchObject({
      name: "网络剧高峰论坛",
      theme: "网络大剧的精品化与跨平台运营",
      date: "2017-12-01",
      kind: "forum",
    });
    expect(forum.translations.en?.name).toBe("Web Drama Summit");
    expectInArticle(`由咪咕文化科技有限公司（简称“咪咕公司”）承办的${forum.name}`);
    const forumOrganizationRows = t.db
      .select({ role: forumOrganizations.role, name: organizations.name })
      .from(forumOrganizations)
      .innerJoin(organizations, eq(organizations.id, forumOrganizations.organizationId))
      .where(eq(forumOrganizations.forumId, forum.id))
      .all();
    expect(forumOrganizationRows).toEqual([{ role: "organizer", name: "咪咕文化科技有限公司" }]);
    const times = t.db.select().from(sessions).where(eq(sessions.forumId, forum.id)).all();
    for (const s of times) {
      // Morning in Chengdu (UTC+8): between 08:00 and 12:30 local.
      expect(s.startsAt!.getTime()).toBeGreaterThanOrEqual(Date.parse("2017-12-01T00:00:00Z"));
      expect(s.endsAt!.getTime()).toBeLessThanOrEqual(Date.parse("2017-12-01T04:30:00Z"));
    }
  });

  it.skipIf(article === null)("gives all 14 people the exact position and organization the article gives", () => {
    const people = t.db.select().from(speakers).all();
    expect(people).toHaveLength(14);
    for (const p of people) expectInArticle(`${p.organization}${p.position}${p.name}`, p.name);
    expect(people.every((p) => p.translations.en?.name)).toBe(true);
  });

  it("links each speaker's organization where the article names one", () => {
    const linked = t.db
      .select({ name: speakers.name, org: organizations.name, text: speakers.organization })
      .from(speakers)
      .innerJoin(organizations, eq(organizations.id, speakers.organizationId))
      .all();
    expect(linked).toHaveLength(13);
    for (const l of linked) expect(l.org).toBe(l.text);
  });

  it("has the keynote, the four talks and the two dialogues with their exact titles and people", () => {
    const forum = t.db.select().from(forums).where(eq(forums.slug, "web-drama-summit")).get()!;
    const rows = t.db
      .select({
        title: sessions.title,
        kind: sessions.kind,
        en: sessions.translations,
        person: speakers.name,
        role: sessionPeople.role,
      })
      .from(sessions)
      .innerJoin(sessionPeople, eq(sessionPeople.sessionId, sessions.id))
      .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
      .where(eq(sessions.forumId, forum.id))
      .orderBy(sessions.startsAt, sessionPeople.position)
      .all();
    const solo = rows.filter((r) => r.kind !== "panel").map((r) => [r.kind, r.title, r.person, r.role]);
    expect(solo).toEqual([
      ["keynote", "推原创之波，助精品之澜", "王斌", "speaker"],
      ["talk", "新时代网剧的当下与未来", "马中骏", "speaker"],
      ["talk", "市场化的影视人才培养思路为精品网剧提供原动力", "李霞", "speaker"],
      ["talk", "当大数据时代遇见网剧精品时代", "王蓓蓓", "speaker"],
      ["talk", "俱青春——做青春的剧，网年轻的人", "任旭", "speaker"],
    ]);
    for (const [, title] of solo) expectInArticle(String(title));

    const dialogues = rows.filter((r) => r.kind === "panel");
    expect([...new Set(dialogues.map((r) => r.title))]).toEqual(["IP的跨平台运营", "网络影视的精品化和规模化"]);
    expect(dialogues.filter((r) => r.role === "moderator").map((r) => r.person)).toEqual(["李霞", "李霞"]);
    const guests = dialogues.filter((r) => r.role === "panelist").map((r) => r.person);
    expect(guests.sort()).toEqual(
      ["王沁", "冯伟", "黄硕", "高文韬", "戴莹", "余飞", "傅斌星", "五百", "刘明丽"].sort(),
    );
    expect(rows.every((r) => r.en.en?.title)).toBe(true);
  });

  it("publishes the programme as release v1 with every confirmed session", () => {
    const release = t.db.select().from(releases).get()!;
    expect(release.version).toBe("v1");
    const count = t.db.select().from(sessions).all().length;
    expect(release.snapshot.sessions).toHaveLength(count);
    expect(release.snapshot.speakers).toHaveLength(14);
    expect(release.changelog.added).toHaveLength(count);
  });
});

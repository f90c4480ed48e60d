import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  conferences,
  forumOrganizations,
  forums,
  organizations,
  rooms,
  sessionPeople,
  sessions,
  speakers,
} from "@/db/schema";
import { scratchDatabase } from "../support/scratch-database";

describe("the database enforces the model", () => {
  const t = scratchDatabase();
  /** A conference named "x" in UTC, written straight into its table; its id. */
  const insertConference = (slug: string, startDate: string, endDate: string) =>
    t.db.insert(conferences).values({ slug, name: "x", timeZone: "UTC", startDate, endDate }).returning().get().id;
  let conferenceId: number;
  let forumId: number;

  beforeAll(() => {
    const conf = (slug: string) => ({
      slug,
      name: slug,
      timeZone: "Asia/Shanghai",
      startDate: "2017-11-29",
      endDate: "2017-12-01",
    });
    conferenceId = t.db.insert(conferences).values(conf("conf-a")).returning().get().id;
    t.db.insert(conferences).values(conf("conf-b")).run();
    forumId = t.db
      .insert(forums)
      .values({ conferenceId, slug: "web-drama-summit", name: "网络剧高峰论坛", date: "2017-12-01" })
      .returning()
      .get().id;
  });

  it("refuses a row that points at nothing (foreign keys are on)", () => {
    expect(() =>
      t.db.insert(forums).values({ conferenceId: 9999, slug: "x", name: "x", date: "2017-12-01" }).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => t.db.insert(sessions).values({ forumId: 9999, title: "x" }).run()).toThrow(/FOREIGN KEY/);
  });

  it("refuses to delete an organization that is still one of a forum's organizations", () => {
    const org = t.db.insert(organizations).values({ slug: "migu", name: "咪咕文化科技有限公司" }).returning().get();
    t.db.insert(forumOrganizations).values({ forumId, organizationId: org.id, role: "organizer" }).run();
    expect(() => t.db.delete(organizations).where(eq(organizations.id, org.id)).run()).toThrow(/FOREIGN KEY/);
  });

  it("refuses to delete a speaker who still has a role in a session", () => {
    const speaker = t.db.insert(speakers).values({ conferenceId, slug: "wang-bin", name: "王斌" }).returning().get();
    const session = t.db
      .insert(sessions)
      .values({ forumId, title: "推原创之波，助精品之澜", kind: "keynote" })
      .returning()
      .get();
    t.db.insert(sessionPeople).values({ sessionId: session.id, speakerId: speaker.id, role: "speaker" }).run();
    expect(() => t.db.delete(speakers).where(eq(speakers.id, speaker.id)).run()).toThrow(/FOREIGN KEY/);
  });

  it("keeps slugs unique within their scope only", () => {
    const other = t.db.select().from(conferences).where(eq(conferences.slug, "conf-b")).get()!;
    expect(() =>
      t.db.insert(forums).values({ conferenceId, slug: "web-drama-summit", name: "dup", date: "2017-12-01" }).run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      t.db
        .insert(forums)
        .values({ conferenceId: other.id, slug: "web-drama-summit", name: "ok", date: "2017-12-01" })
        .run(),
    ).not.toThrow();
    expect(() => insertConference("conf-a", "2020-01-01", "2020-01-01")).toThrow(/UNIQUE/);
    t.db.insert(rooms).values({ conferenceId, slug: "main-hall", name: "主会场" }).run();
    expect(() => t.db.insert(rooms).values({ conferenceId, slug: "main-hall", name: "again" }).run()).toThrow(/UNIQUE/);
  });

  it("refuses a session that ends before it starts, or has only one end of its time", () => {
    const at = (iso: string) => new Date(iso);
    expect(() =>
      t.db
        .insert(sessions)
        .values({ forumId, title: "x", startsAt: at("2017-12-01T02:00:00Z"), endsAt: at("2017-12-01T01:00:00Z") })
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      t.db
        .insert(sessions)
        .values({ forumId, title: "x", startsAt: at("2017-12-01T02:00:00Z") })
        .run(),
    ).toThrow(/CHECK/);
  });

  it("refuses a conference that ends before it starts", () => {
    expect(() => insertConference("bad", "2020-01-02", "2020-01-01")).toThrow(/CHECK/);
  });

  it("removes a conference's forums and sessions with it", () => {
    const id = insertConference("gone", "2020-01-01", "2020-01-01");
    const f = t.db
      .insert(forums)
      .values({ conferenceId: id, slug: "f", name: "f", date: "2020-01-01" })
      .returning()
      .get();
    t.db.insert(sessions).values({ forumId: f.id, title: "s" }).run();
    t.db.delete(conferences).where(eq(conferences.id, id)).run();
    expect(t.db.select().from(sessions).where(eq(sessions.forumId, f.id)).all()).toEqual([]);
  });

  it("gives every session a stable UUID and a first version", () => {
    const s = t.db.insert(sessions).values({ forumId, title: "IP的跨平台运营", kind: "panel" }).returning().get();
    expect(s.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(s.version).toBe(1);
    expect(s.status).toBe("draft");
  });
});

import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertReleaseInTransaction } from "@/db/releases/publish";
import { outboxMessages, rooms, sessionPeople, sessions, speakers, users } from "@/db/schema";
import { addConferenceWithForum } from "../support/live-conference";
import { createTestDatabase } from "../support/test-database";

const SITE = "https://conference.example.org";
const hour = 60 * 60 * 1000;

describe("the speakers' outbox after a release that moves a keynote", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let keynoteGuid: string;
  let otherGuid: string;
  beforeAll(async () => {
    process.env.SITE_URL = SITE;
    t = await createTestDatabase();
    const db = t.db;
    const { conferenceId, forumId } = addConferenceWithForum(
      db,
      {
        slug: "outbox-conf",
        name: "视听大会",
        translations: { en: { name: "AV Summit" } },
        timeZone: "Asia/Shanghai",
        startDate: "2031-05-01",
        endDate: "2031-05-02",
      },
      "主论坛",
    );
    const hall = db.insert(rooms).values({ conferenceId, slug: "hall", name: "一号厅" }).returning().get().id;
    const annex = db.insert(rooms).values({ conferenceId, slug: "annex", name: "二号厅" }).returning().get().id;
    const userId = db.insert(users).values({ email: "ada@example.org", name: "Ada" }).returning().get().id;
    const wang = db.insert(speakers).values({ conferenceId, slug: "wang", name: "王斌" }).returning().get().id;
    const ada = db
      .insert(speakers)
      .values({ conferenceId, slug: "ada", name: "Ada Lovelace", userId })
      .returning()
      .get().id;
    const untouched = db.insert(speakers).values({ conferenceId, slug: "bob", name: "Bob" }).returning().get().id;
    const keynote = db
      .insert(sessions)
      .values({
        forumId,
        roomId: hall,
        kind: "keynote",
        title: "开幕主旨演讲",
        translations: { en: { title: "Opening keynote" } },
        status: "confirmed",
        startsAt: new Date("2031-05-01T01:00:00Z"),
        endsAt: new Date("2031-05-01T02:00:00Z"),
      })
      .returning()
      .get();
    keynoteGuid = keynote.guid;
    const other = db
      .insert(sessions)
      .values({
        forumId,
        roomId: annex,
        title: "Unchanged talk",
        status: "confirmed",
        startsAt: new Date("2031-05-01T03:00:00Z"),
        endsAt: new Date("2031-05-01T04:00:00Z"),
      })
      .returning()
      .get();
    otherGuid = other.guid;
    db.insert(sessionPeople)
      .values([
        { sessionId: keynote.id, speakerId: wang, role: "speaker" },
        { sessionId: keynote.id, speakerId: ada, role: "speaker" },
        { sessionId: other.id, speakerId: ada, role: "moderator" },
        { sessionId: other.id, speakerId: untouched, role: "speaker" },
      ])
      .run();
    insertReleaseInTransaction(db, { conferenceId, version: "v1", userId: null, at: new Date("2031-01-01T00:00:00Z") });
    // Editing writes no message: only the next release does.
    db.delete(outboxMessages).run();
    db.update(sessions)
      .set({
        roomId: annex,
        startsAt: new Date(keynote.startsAt!.getTime() + hour),
        endsAt: new Date(keynote.endsAt!.getTime() + hour),
      })
      .where(eq(sessions.id, keynote.id))
      .run();
    expect(db.select().from(outboxMessages).all()).toHaveLength(0);
    insertReleaseInTransaction(db, { conferenceId, version: "v2", userId: null, at: new Date("2031-01-02T00:00:00Z") });
  });
  afterAll(() => {
    delete process.env.SITE_URL;
    t.dispose();
  });

  const messageTo = (name: string) => {
    const rows = t.db.select().from(outboxMessages).all();
    const row = rows.find((m) => m.speakerName === name);
    expect(row, `a message to ${name}`).toBeDefined();
    return row!;
  };

  it("writes one message per speaker of the moved keynote, and none to others", () => {
    const rows = t.db.select().from(outboxMessages).all();
    expect(rows.map((m) => m.speakerName).sort()).toEqual(["Ada Lovelace", "王斌"]);
    expect(rows.every((m) => m.status === "waiting")).toBe(true);
  });

  it("tells a Chinese-named speaker in Chinese, with the new time and room", () => {
    const m = messageTo("王斌");
    expect(m.locale).toBe("zh-CN");
    expect(m.toAddress).toBeNull();
    expect(m.subject).toBe("视听大会：您参与的日程有变动（v2）");
    expect(m.greeting).toBe("王斌，您好：");
    expect(m.body).toContain("开幕主旨演讲");
    expect(m.body).toMatch(/时间或会场：.*09:00.*一号厅 → .*10:00.*二号厅/);
    expect(m.body).toContain(`${SITE}/outbox-conf/sessions/${keynoteGuid}`);
  });

  it("tells an English-named speaker in English, at their account's address", () => {
    const m = messageTo("Ada Lovelace");
    expect(m.locale).toBe("en");
    expect(m.toAddress).toBe("ada@example.org");
    expect(m.subject).toBe("AV Summit: changes to your sessions (v2)");
    expect(m.greeting).toBe("Dear Ada Lovelace,");
    expect(m.body).toContain("Opening keynote (Changed)");
    expect(m.body).toMatch(/Time or room: .*09:00.*→ .*10:00/);
    // Her other session did not change: it is in her calendar, not in the words.
    expect(m.body).not.toContain("Unchanged talk");
  });

  it("attaches a REQUEST calendar of all the speaker's sessions with stable UIDs and a raised SEQUENCE", () => {
    const calendar = new ICAL.Component(ICAL.parse(messageTo("Ada Lovelace").ics));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual([`${keynoteGuid}@podium`, `${otherGuid}@podium`].sort());
    const moved = events.find((e) => e.uid === `${keynoteGuid}@podium`)!;
    expect(moved.summary).toBe("Opening keynote");
    expect(moved.startDate.toJSDate().toISOString()).toBe("2031-05-01T02:00:00.000Z");
    expect(moved.sequence).toBe(2);
    expect(moved.location).toContain("二号厅");
    expect(moved.component.getFirstPropertyValue("organizer")).toMatch(/^mailto:/);
    const zh = new ICAL.Component(ICAL.parse(messageTo("王斌").ics));
    expect(zh.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).summary)).toEqual(["开幕主旨演讲"]);
  });
});

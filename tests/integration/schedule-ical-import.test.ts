import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSchedule } from "@/db/interop/import-schedule";
import type { PublishedProgramme } from "@/db/queries/published";
import { conferences, forums, rooms, sessions, tracks } from "@/db/schema";
import { buildCalendar } from "@/lib/calendar/ics";
import { parseSchedule, UnsupportedFormatError } from "@/lib/interop/parse-schedule";
import { parseScheduleIcal } from "@/lib/interop/schedule-ical-import";
import { MissingTimeZoneError } from "@/lib/interop/zone-reader";
import { noteInEnglish } from "@/lib/interop/import-english";
import type { ParsedSchedule } from "@/lib/interop/schedule-document";
import { loadDemoProgramme } from "../support/demo-programme";
import { fixturePath } from "../support/shared-data";
import { createTestDatabase } from "../support/test-database";

const databases: Array<{ dispose: () => void }> = [];
afterAll(() => databases.forEach((d) => d.dispose()));
async function freshDatabase() {
  const t = await createTestDatabase();
  databases.push(t);
  return t.db;
}
const calendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");
const vevent = (...lines: string[]) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"].join("\r\n");
const decided = (parsed: ParsedSchedule) => (parsed.decisions ?? []).map((d) => noteInEnglish(d).what);

describe("Podium's own schedule.ics, imported back", () => {
  let demo: PublishedProgramme;
  let ics: string;
  beforeAll(async () => {
    demo = await loadDemoProgramme();
    ics = buildCalendar(demo.snapshot, {
      locale: "zh-CN",
      url: (g) => `https://podium.example/china-netav-2017/sessions/${g}`,
      stamp: demo.publishedAt,
    });
  });

  it("puts every session at the same time, under its own guid, and finds them again on the next import", async () => {
    const parsed = parseSchedule("schedule.ics", ics);
    expect(parsed.document.conference.timeZone).toBe("Asia/Shanghai");
    const db = await freshDatabase();
    const first = importSchedule(db, null, parsed, { trusted: true, conference: "netav-from-ics" });
    expect(first.created.sessions).toBe(demo.snapshot.sessions.length);
    const imported = new Map(
      db
        .select()
        .from(sessions)
        .all()
        .map((s) => [s.guid, s]),
    );
    for (const s of demo.snapshot.sessions) {
      const back = imported.get(s.guid);
      expect(back, s.title).toBeDefined();
      expect([back!.startsAt?.toISOString(), back!.endsAt?.toISOString(), back!.status === "cancelled"]).toEqual([
        s.startsAt,
        s.endsAt,
        s.status === "cancelled",
      ]);
    }
    const again = importSchedule(db, null, parseSchedule("schedule.ics", ics), {
      trusted: true,
      conference: "netav-from-ics",
    });
    expect(again.created.sessions).toBe(0);
    expect(again.unchanged.sessions).toBe(demo.snapshot.sessions.length);
  });
});

describe("iCalendar as other tools write it", () => {
  it("prefers a TZID's IANA zone over a VTIMEZONE that contradicts it, and says so", () => {
    const text = calendar(
      "BEGIN:VTIMEZONE",
      "TZID:Australia/Adelaide",
      "BEGIN:STANDARD",
      "DTSTART:19700405T030000",
      "TZOFFSETFROM:+1000",
      "TZOFFSETTO:+0900",
      "END:STANDARD",
      "END:VTIMEZONE",
      vevent(
        "UID:a@test",
        "SUMMARY:Keynote",
        "DTSTART;TZID=Australia/Adelaide:20230818T090000",
        "DTEND;TZID=Australia/Adelaide:20230818T100000",
        "LOCATION:Hall C",
      ),
    );
    const parsed = parseScheduleIcal(text);
    expect(parsed.document.events[0]!.start).toBe("2023-08-17T23:30:00.000Z");
    expect(parsed.document.conference.timeZone).toBe("Australia/Adelaide");
    expect(decided(parsed)).toContainEqual(
      expect.stringMatching(/VTIMEZONE Australia\/Adelaide gives \+09:00 where the IANA zone gives \+09:30/),
    );
  });

  it("reads floating times in X-WR-TIMEZONE, else in the zone named, else refuses naming the flag and the field", () => {
    const floating = vevent("UID:f@test", "SUMMARY:Doors", "DTSTART:20150214T100000", "DURATION:PT1H30M");
    expect(parseScheduleIcal(calendar("X-WR-TIMEZONE:Europe/London", floating)).document.events[0]).toMatchObject({
      start: "2015-02-14T10:00:00.000Z",
      durationMinutes: 90,
    });
    expect(parseScheduleIcal(calendar(floating), { timeZone: "Asia/Shanghai" }).document.events[0]!.start).toBe(
      "2015-02-14T02:00:00.000Z",
    );
    expect(() => parseScheduleIcal(calendar(floating))).toThrow(MissingTimeZoneError);
    expect(() => parseScheduleIcal(calendar(floating))).toThrow(/--time-zone.*“Time zone” field/);
  });

  it("maps LOCATION, CATEGORIES, people, STATUS and HTML descriptions, and keeps events sharing a UID apart", () => {
    const text = calendar(
      "X-WR-CALNAME:Hack Camp",
      vevent(
        "UID:46939",
        "SUMMARY:Talk one",
        "DTSTART:20240913T100000Z",
        "DTEND:20240913T110000Z",
        "LOCATION: XOR",
        "CATEGORIES:Security,Talks",
        "ORGANIZER;CN=Luca Rossi:MAILTO:x@example.org",
        "ATTENDEE;ROLE=CHAIR;CN=Ada:MAILTO:a@example.org",
        "DESCRIPTION:<p>Hello <b>world</b></p><ul><li>one</li></ul>",
      ),
      vevent(
        "UID:46939",
        "SUMMARY:Talk two",
        "DTSTART:20240913T120000Z",
        "DTEND:20240913T120000Z",
        "LOCATION:Tent",
        "STATUS:CANCELLED",
      ),
    );
    const { document, decisions } = parseScheduleIcal(text);
    const [one, two] = document.events;
    expect(one).toMatchObject({
      room: "XOR",
      track: "Security",
      title: "Talk one",
      abstract: "Hello world\n\n• one",
      cancelled: false,
    });
    expect(one!.persons).toEqual([
      { name: "Luca Rossi", guid: null, id: null, role: "speaker" },
      { name: "Ada", guid: null, id: null, role: "moderator" },
    ]);
    expect(two).toMatchObject({ cancelled: true, durationMinutes: 0 });
    expect(one!.guid).not.toBe(two!.guid);
    expect(decisions!.map((d) => d.code)).toContain("repeatedGuid");
    expect(document.conference.title).toBe("Hack Camp");
  });

  it("derives guids from the UID alone, so the same calendar under another file name updates in place", async () => {
    const text = calendar(
      vevent("UID:talk-17@cfp.example", "SUMMARY:Talk", "DTSTART:20300301T100000Z", "DURATION:PT30M", "LOCATION:Hall"),
    );
    const db = await freshDatabase();
    importSchedule(db, null, parseSchedule("programme.ics", text), { trusted: true, conference: "uid-con" });
    const again = importSchedule(db, null, parseSchedule("programme (1).ics", text), {
      trusted: true,
      conference: "uid-con",
    });
    expect(again.created.sessions).toBe(0);
    expect(again.unchanged.sessions).toBe(1);
  });

  it("expands a recurring event within the conference's dates, each occurrence with a guid of its own", () => {
    const text = calendar(
      "X-WR-TIMEZONE:Europe/Berlin",
      vevent(
        "UID:daily@test",
        "SUMMARY:Morning standup",
        "DTSTART:20300301T090000",
        "DURATION:PT15M",
        "RRULE:FREQ=DAILY",
        "LOCATION:Hall",
      ),
      vevent("UID:talk@test", "SUMMARY:Talk", "DTSTART:20300301T100000", "DURATION:PT1H", "LOCATION:Hall"),
      vevent("UID:talk2@test", "SUMMARY:Closing", "DTSTART:20300303T170000", "DURATION:PT1H", "LOCATION:Hall"),
    );
    const own = parseScheduleIcal(text).document.events.filter((e) => e.title === "Morning standup");
    expect(own.map((e) => e.start)).toEqual([
      "2030-03-01T08:00:00.000Z",
      "2030-03-02T08:00:00.000Z",
      "2030-03-03T08:00:00.000Z",
    ]);
    expect(new Set(own.map((e) => e.guid)).size).toBe(3);
    const inConference = parseScheduleIcal(text, {
      conferenceDates: { startDate: "2030-03-02", endDate: "2030-03-02" },
    }).document.events.filter((e) => e.title === "Morning standup");
    expect(inConference.map((e) => e.start)).toEqual(["2030-03-02T08:00:00.000Z"]);
    expect(inConference[0]!.guid).toBe(own[1]!.guid);
  });

  it("is told by its content, whatever the file is called; an unknown text gets the list of formats, not a CSV hint", () => {
    expect(
      parseSchedule("programme.txt", calendar(vevent("UID:x", "SUMMARY:X", "DTSTART:20300101T100000Z"))).document
        .events,
    ).toHaveLength(1);
    expect(() => parseSchedule("notes.txt", "Dear organizers\nplease find our programme attached")).toThrow(
      UnsupportedFormatError,
    );
    expect(() => parseSchedule("page.html", "<!doctype html><html><body>Programme</body></html>")).toThrow(
      /schedule XML .*iCalendar \(\.ics\).*CSV/,
    );
    expect(() => parseSchedule("data.json", '{"items": []}')).toThrow(UnsupportedFormatError);
  });

  it("reads a real vobject file of floating times in the zone the user names, keeping events without DTEND as instants", () => {
    const text = fs.readFileSync(fixturePath("schedules/pyconuk2015-coventry-vobject-floating.ics"), "utf8");
    expect(() => parseSchedule("schedule.ics", text)).toThrow(MissingTimeZoneError);
    const parsed = parseSchedule("schedule.ics", text, undefined, { timeZone: "Europe/London" });
    expect(parsed.document.events).toHaveLength(159);
    expect(parsed.document.events[0]).toMatchObject({
      title: "Registration / Breakfast",
      start: "2015-09-18T07:00:00.000Z",
    });
    expect(parsed.document.events.filter((e) => e.durationMinutes === 0)).toHaveLength(5);
    expect(parsed.decisions!.map(noteInEnglish)).toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/without DTEND or DURATION/), count: 5 }),
    );
  });
});

describe("Sessionize “All data”", () => {
  it("imports sessions, speakers, rooms and the category group of themes, in the zone named", async () => {
    const text = fs.readFileSync(fixturePath("schedules/orlandocodecamp2020-sessionize-all.json"), "utf8");
    expect(() => parseSchedule("All.json", text)).toThrow(MissingTimeZoneError);
    const parsed = parseSchedule("All.json", text, undefined, { timeZone: "America/New_York" });
    const keynote = parsed.document.events.find((e) => e.title === "Keynote")!;
    expect(keynote).toMatchObject({
      start: "2020-03-28T12:00:00.000Z",
      durationMinutes: 60,
      room: "Room 1",
      type: "plenum",
      guid: "7b3d6b07-294f-4319-8234-aae9701d98b5",
    });
    expect(parsed.ignored.map((i) => noteInEnglish(i).what)).toContain("category “Level”");
    const db = await freshDatabase();
    const summary = importSchedule(db, null, parsed, { trusted: true, conference: "occ-2020" });
    expect(summary.created).toMatchObject({ sessions: 99, rooms: 14 });
    expect(summary.created.speakers).toBeGreaterThan(50);
    const conference = db.select().from(conferences).where(eq(conferences.slug, "occ-2020")).get()!;
    expect(conference.timeZone).toBe("America/New_York");
    expect(db.select().from(rooms).where(eq(rooms.conferenceId, conference.id)).all()).toHaveLength(14);
    expect(db.select().from(tracks).where(eq(tracks.conferenceId, conference.id)).all().length).toBeGreaterThan(3);
    expect(db.select().from(forums).where(eq(forums.conferenceId, conference.id)).all().length).toBeGreaterThan(0);
  });
});

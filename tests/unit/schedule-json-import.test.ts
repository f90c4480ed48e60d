import { describe, expect, it } from "vitest";
import { exportScheduleJson2 } from "@/lib/interop/schedule-json2-export";
import { parseScheduleJson } from "@/lib/interop/schedule-json-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { formatError } from "./support/schedule-document";
import { document, event, minimalEvent, options, scheduleJson } from "./support/schedule-json";

describe("parseScheduleJson", () => {
  it("reads localizable strings from other tools: zh or the first language is the text, en the translation", () => {
    const read = (abstract: unknown, title: unknown = "T") =>
      parseScheduleJson(scheduleJson([{ ...minimalEvent, title, abstract }])).document.events[0]!;
    expect(read({ en: "English", "zh-CN": "中文" })).toMatchObject({ abstract: "中文", abstractEn: "English" });
    expect(read({ de: "Deutsch", en: "English" })).toMatchObject({ abstract: "Deutsch", abstractEn: "English" });
    expect(read({ en: "English" })).toMatchObject({ abstract: "English", abstractEn: null });
    expect(read(null)).toMatchObject({ abstract: "", abstractEn: null });
    expect(read("x", { zh: "标题", en: "Title" })).toMatchObject({ title: "标题", titleEn: "Title" });
  });

  it("reads a minimal schema.json file without version, with empty fields", () => {
    const { document: doc, ignored } = parseScheduleJson(
      scheduleJson([{ ...minimalEvent, subtitle: null, track: "", persons: [], links: [], logo: "", answers: [] }]),
    );
    expect(doc.events[0]).toMatchObject({
      start: "2025-05-10T01:00:00.000Z",
      durationMinutes: 30,
      room: "Room A",
      title: "Talk",
      subtitle: "",
      track: null,
    });
    expect(doc.conference).toMatchObject({
      acronym: "mini",
      timeZone: "Asia/Shanghai",
      startDate: "2025-05-10",
      endDate: "2025-05-10",
    });
    expect(ignored).toEqual([]);
    // A guid that is no UUID, even one named like an Object member, is kept as written.
    expect(
      parseScheduleJson(scheduleJson([{ ...minimalEvent, guid: "constructor" }])).document.events[0],
    ).toMatchObject({ guid: "constructor", title: "Talk" });
  });

  it("reports unknown fields once each, with where they were first seen and how often", () => {
    const events = [
      { ...minimalEvent, recording: { license: "CC-BY" } },
      {
        ...minimalEvent,
        guid: "7f1f3c1a-0000-4000-8000-000000000002",
        recording: { license: "CC-BY" },
        persons: [{ id: 4, public_name: "Ana", answers: [{ q: 1 }] }],
      },
    ];
    const { document: doc, ignored } = parseScheduleJson(
      scheduleJson(events, "Room A", { colors: { primary: "#ff0000" } }),
    );
    expect(doc.events).toHaveLength(2);
    expect(doc.events[1]!.persons).toEqual([{ name: "Ana", guid: null, id: 4, role: null }]);
    expect(ignored.map(noteInEnglish)).toEqual([
      { what: 'conference field "colors"', where: "schedule.conference", count: 1 },
      { what: 'event field "recording"', where: 'schedule.conference.days[0].rooms["Room A"][0]', count: 2 },
      { what: 'person field "answers"', where: 'schedule.conference.days[0].rooms["Room A"][1].persons[0]', count: 1 },
    ]);
  });

  it("accepts durations as 00:30, 0:30 and 00:30:00", () => {
    for (const duration of ["00:30", "0:30", "00:30:00"]) {
      expect(parseScheduleJson(scheduleJson([{ ...minimalEvent, duration }])).document.events[0]!.durationMinutes).toBe(
        30,
      );
    }
  });

  it("keeps a zero-length or empty duration as an instant, and says where", () => {
    for (const duration of ["0:00", "", "00:00:00"]) {
      const parsed = parseScheduleJson(scheduleJson([{ ...minimalEvent, duration }]));
      expect(parsed.document.events[0]!.durationMinutes).toBe(0);
      expect(parsed.decisions!.map((d) => noteInEnglish(d).where)).toContain(
        'schedule.conference.days[0].rooms["Room A"][0]' + (duration === "" ? ".duration" : ""),
      );
    }
  });

  it("refuses unreadable durations, naming the path", () => {
    for (const duration of ["abc", 0, "-00:30", "00:30:75", 30]) {
      const error = formatError(() => parseScheduleJson(scheduleJson([minimalEvent, { ...minimalEvent, duration }])));
      expect(error.where).toBe('schedule.conference.days[0].rooms["Room A"][1].duration');
    }
  });

  it("refuses an event without a readable start, without a title, or without a room", () => {
    const noStart = formatError(() => parseScheduleJson(scheduleJson([{ ...minimalEvent, date: "soon" }])));
    expect(noStart.where).toBe('schedule.conference.days[0].rooms["Room A"][0].date');
    expect(noStart.message).toMatch(/no readable start/);
    const noTitle = formatError(() => parseScheduleJson(scheduleJson([{ ...minimalEvent, title: "  " }])));
    expect(noTitle.where).toBe('schedule.conference.days[0].rooms["Room A"][0].title');
    const noRoom = formatError(() => parseScheduleJson(scheduleJson([{ ...minimalEvent, room: "" }], "")));
    expect(noRoom.where).toBe('schedule.conference.days[0].rooms[""][0].room');
    const v2 = JSON.parse(exportScheduleJson2(document([event()]), options));
    delete v2.schedule.events[0].room;
    expect(formatError(() => parseScheduleJson(JSON.stringify(v2))).where).toBe("schedule.events[0].room");
  });

  it("takes frab's clock time on the day's date when an event has no date-time, after midnight on the next day", () => {
    const { date, ...clockOnly } = minimalEvent;
    void date;
    const events = parseScheduleJson(
      scheduleJson([
        { ...clockOnly, start: "10:15" },
        { ...clockOnly, start: "01:30" },
      ]),
    ).document.events;
    expect(events.map((e) => e.start)).toEqual(["2025-05-10T02:15:00.000Z", "2025-05-10T17:30:00.000Z"]);
  });

  it("refuses malformed JSON with its line and column", () => {
    const error = formatError(() => parseScheduleJson('{\n  "schedule": {\n    "version": "1",,\n  }\n}'));
    expect(error.message).toMatch(/Malformed JSON/);
    expect(error.where).toBe("line 3, column 20 (position 37)"); // the second comma
    expect(formatError(() => parseScheduleJson("")).where).toBe("line 1, column 1 (position 0)");
    expect(formatError(() => parseScheduleJson('{"schedule": {}}')).where).toBe("schedule.conference");
  });
});

import { describe, expect, it } from "vitest";
import { vocAcronym } from "@/lib/interop/export-format";
import { exportScheduleJson } from "@/lib/interop/schedule-json-export";
import { eventType, exportScheduleJson2 } from "@/lib/interop/schedule-json2-export";
import { parseScheduleJson } from "@/lib/interop/schedule-json-import";
import { validateScheduleJson } from "../support/validate-json";
import { document, event, options } from "./support/schedule-json";

describe("exportScheduleJson / exportScheduleJson2", () => {
  it("writes the same bytes for the same document, whenever it is generated, pretty-printed with two spaces", () => {
    const doc = document([event(), event({ guid: "0b6ac5c2-3a7e-4d36-9f39-0d5f1c2a7e00", id: 12 })]);
    for (const exporter of [exportScheduleJson, exportScheduleJson2]) {
      const first = exporter(doc, options);
      const later = exporter(structuredClone(doc), { ...options, generatedAt: new Date("2031-01-01T00:00:00Z") });
      expect(later).toBe(first);
      expect(first).not.toContain("2025-03-01T12:34");
      expect(first.split("\n")[1]).toMatch(/^ {2}"\$schema"/);
      expect(first.endsWith("}\n")).toBe(true);
    }
  });

  it("keeps Chinese text and </script> exactly as written, and both exports validate", () => {
    const title = "网络剧高峰论坛 </script><script>alert('x')</script> “引号” \\ \u2028";
    const doc = document([event({ title, abstract: "<b>粗体</b> & 'single'", titleEn: null, abstractEn: null })]);
    const v1 = exportScheduleJson(doc, options);
    const v2 = exportScheduleJson2(doc, options);
    expect(validateScheduleJson(v1, "schema")).toEqual([]);
    expect(validateScheduleJson(v2, "schema2")).toEqual([]);
    expect(v1).toContain("网络剧高峰论坛"); // UTF-8 text, not \u escapes
    for (const json of [v1, v2]) {
      const back = parseScheduleJson(json).document.events[0]!;
      expect(back.title).toBe(title);
      expect(back.abstract).toBe("<b>粗体</b> & 'single'");
    }
  });

  it("sorts events by start then guid and files each under its local date in the conference zone", () => {
    const late = event({ guid: "ffffffff-0000-4000-8000-000000000000", id: 3, start: "2025-05-10T16:30:00.000Z" }); // 00:30 on the 11th in Shanghai
    const b = event({ guid: "bbbbbbbb-0000-4000-8000-000000000000", id: 2 });
    const a = event({ guid: "aaaaaaaa-0000-4000-8000-000000000000", id: 1 });
    const json = JSON.parse(exportScheduleJson(document([late, b, a]), options));
    const days = json.schedule.conference.days;
    expect(days.map((d: { date: string }) => d.date)).toEqual(["2025-05-10", "2025-05-11"]);
    expect(days[0].rooms["主会场"].map((e: { id: number }) => e.id)).toEqual([1, 2]);
    expect(days[1].rooms["主会场"][0]).toMatchObject({
      id: 3,
      date: "2025-05-11T00:30:00+08:00",
      start: "00:30",
      duration: "00:30",
    });
    expect(days[0]).toMatchObject({ day_start: "2025-05-10T00:00:00+08:00", day_end: "2025-05-10T23:59:59+08:00" });
    const v2 = JSON.parse(exportScheduleJson2(document([late, b, a]), options));
    expect(v2.schedule.events.map((e: { guid: string }) => e.guid[0])).toEqual(["a", "b", "f"]);
  });

  it("reshapes what the schemas' patterns refuse: acronym, slugs, urls; durations as HH:MM", () => {
    expect(vocAcronym("china-netav-2017", "2017-11-29")).toBe("china_netav_2017");
    expect(vocAcronym("rc3", "2020-12-27")).toBe("rc3_2020");
    expect(vocAcronym("36c3", "2019-12-27")).toBe("36c3");
    const doc = document([
      event({ slug: "Camp2019-10386-opening_ceremony", durationMinutes: 150, url: "javascript:alert(1)" }),
      event({
        guid: "not-a-uuid",
        id: null,
        slug: null,
        start: "2025-05-10T02:00:00.000Z",
        links: [
          { url: "https://example.com/a|b?q=[1]#x#y", title: "odd" },
          { url: "javascript:alert(1)", title: "evil" },
          { url: "nymtech.net", title: "bare" },
        ],
      }),
    ]);
    const v1 = exportScheduleJson(doc, options);
    expect(validateScheduleJson(v1, "schema")).toEqual([]);
    expect(validateScheduleJson(exportScheduleJson2(doc, options), "schema2")).toEqual([]);
    const conference = JSON.parse(v1).schedule.conference;
    const [first, second] = conference.days[0].rooms["主会场"];
    expect(conference.acronym).toBe("demo_2025");
    expect(first).toMatchObject({
      slug: "camp2019-10386-opening_ceremony",
      duration: "02:30",
      url: `https://podium.example/demo-2025/sessions/${first.guid}`,
    });
    expect(second.id).toBe(12); // the next free id after 11
    expect(second.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/); // derived, v5
    expect(second.slug).toBe("demo-2025-12-opening-address");
    expect(second.links).toEqual([{ url: "https://example.com/a%7Cb?q=%5B1%5D#x%23y", title: "odd" }]);
  });

  it("leaves cancelled sessions out of schema.json and marks them CANCELED in schedule2", () => {
    const doc = document([event(), event({ guid: "0b6ac5c2-3a7e-4d36-9f39-0d5f1c2a7e09", id: 19, cancelled: true })]);
    const v1 = JSON.parse(exportScheduleJson(doc, options));
    expect(v1.schedule.conference.days[0].rooms["主会场"]).toHaveLength(1);
    const v2 = JSON.parse(exportScheduleJson2(doc, options));
    expect(v2.schedule.events.map((e: { state: string }) => e.state)).toEqual(["CONFIRMED", "CANCELED"]);
    expect(parseScheduleJson(JSON.stringify(v2)).document.events.map((e) => e.cancelled)).toEqual([false, true]);
  });

  it("maps Podium's roles to participant roles and back", () => {
    const persons = (["speaker", "moderator", "panelist", "host", null] as const).map((role, i) => ({
      name: `P${i}`,
      guid: `5d0c8a1e-6f0b-4c9a-8f55-3c1e2b7d9a1${i}`,
      id: null,
      role,
    }));
    const json = exportScheduleJson2(document([event({ persons })]), options);
    expect(validateScheduleJson(json, "schema2")).toEqual([]);
    expect(JSON.parse(json).schedule.events[0].participants.map((p: { role: string }) => p.role)).toEqual([
      "SPEAKER",
      "MODERATOR",
      "CONTRIBUTOR",
      "HOST",
      "SPEAKER",
    ]);
    const file = JSON.parse(json);
    file.schedule.events[0].participants.push(
      { guid: "5d0c8a1e-6f0b-4c9a-8f55-3c1e2b7d9a19", name: "Guest", role: "GUEST" },
      { guid: "5d0c8a1e-6f0b-4c9a-8f55-3c1e2b7d9a18", name: "Plain" },
    );
    const back = parseScheduleJson(JSON.stringify(file)).document.events[0]!.persons;
    expect(back.map((p) => p.role)).toEqual(["speaker", "moderator", "panelist", "host", "speaker", "panelist", null]);
  });

  it("writes bilingual abstracts as localizable strings and titles beside them, and reads both back", () => {
    const json = exportScheduleJson2(document([event()]), options);
    const file = JSON.parse(json);
    const written = file.schedule.events[0];
    expect(written.title).toBe("开幕致辞"); // schema2's Event.title is a plain string
    expect(written.abstract).toEqual({ zh: "大会开幕。", en: "The conference opens." });
    expect(file.schedule.podium.localized_titles[written.guid]).toEqual({ zh: "开幕致辞", en: "Opening Address" });
    expect(file.schedule.conference.languages).toEqual(["zh", "en"]);
    const back = parseScheduleJson(json).document.events[0]!;
    expect(back).toMatchObject({
      title: "开幕致辞",
      titleEn: "Opening Address",
      abstract: "大会开幕。",
      abstractEn: "The conference opens.",
    });
    // Without a translation the strings stay plain.
    const plain = JSON.parse(exportScheduleJson2(document([event({ titleEn: null, abstractEn: null })]), options));
    expect(plain.schedule.events[0].abstract).toBe("大会开幕。");
    expect(plain.schedule.podium).toBeUndefined();
  });

  it("writes forums as room groupings, splitting a room that hosts several forums", () => {
    const doc = document(
      [
        event({ group: "summit-a" }),
        event({
          guid: "0b6ac5c2-3a7e-4d36-9f39-0d5f1c2a7e02",
          id: 12,
          start: "2025-05-11T01:00:00.000Z",
          group: "summit-b",
          track: null,
        }),
      ],
      {
        groups: [
          { slug: "summit-a", name: "甲论坛", nameEn: "Summit A", date: "2025-05-10" },
          { slug: "summit-b", name: "乙论坛", nameEn: null, date: "2025-05-11" },
        ],
      },
    );
    const json = exportScheduleJson2(doc, options);
    expect(validateScheduleJson(json, "schema2")).toEqual([]);
    const file = JSON.parse(json);
    const rooms = file.schedule.conference.rooms;
    expect(rooms.map((r: { name: string; parent?: { slug: string } }) => [r.name, r.parent?.slug])).toEqual([
      ["主会场", "summit-a"],
      ["主会场", "summit-b"],
    ]);
    expect(rooms[0].guid).not.toBe(rooms[1].guid);
    expect(file.schedule.events.map((e: { room: { guid: string } }) => e.room.guid)).toEqual([
      rooms[0].guid,
      rooms[1].guid,
    ]);
    expect(file.schedule.events[1].track).toEqual({ slug: "no-track" });
    const back = parseScheduleJson(json).document;
    expect(back.rooms).toEqual([{ name: "主会场", guid: rooms[0].guid }]);
    expect(back.groups).toEqual([
      { slug: "summit-a", name: "甲论坛", nameEn: "Summit A", date: "2025-05-10" },
      { slug: "summit-b", name: "乙论坛", nameEn: null, date: "2025-05-11" },
    ]);
    expect(back.events.map((e) => [e.room, e.group, e.track])).toEqual([
      ["主会场", "summit-a", "大会主体活动"],
      ["主会场", "summit-b", null],
    ]);
  });

  it("maps free-text types to schedule2's enum", () => {
    const cases: Array<[string, string]> = [
      ["keynote", "TALK"],
      ["lecture", "TALK"],
      ["Talk", "TALK"],
      ["devroom", "TALK"],
      ["maintrack", "TALK"],
      ["workshop", "WORKSHOP"],
      ["panel", "DISCUSSION"],
      ["discussion", "DISCUSSION"],
      ["podium", "DISCUSSION"],
      ["lightning", "LIGHTNING_TALK"],
      ["lightning_talk", "LIGHTNING_TALK"],
      ["hands-on", "HANDS-ON"],
      ["meeting", "MEETING"],
      ["performance", "PERFORMANCE"],
      ["concert", "CONCERT"],
      ["ceremony", "OTHER"],
      ["", "OTHER"],
      ["TALK", "TALK"],
    ];
    for (const [type, expected] of cases) expect([type, eventType(type)]).toEqual([type, expected]);
    const breakJson = JSON.parse(
      exportScheduleJson2(document([event({ type: "break", track: null, persons: [] })]), options),
    );
    expect(breakJson.schedule.events[0]).toMatchObject({ type: "BREAK", title: "开幕致辞" });
    expect(breakJson.schedule.events[0].participants).toBeUndefined();
  });
});

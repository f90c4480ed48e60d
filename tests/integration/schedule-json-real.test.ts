import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { ExportOptions } from "@/lib/interop/schedule-document";
import { exportScheduleJson } from "@/lib/interop/schedule-json-export";
import { exportScheduleJson2 } from "@/lib/interop/schedule-json2-export";
import { parseScheduleJson } from "@/lib/interop/schedule-json-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { describeWithShared, sharedPath } from "../support/shared-data";
import { validateScheduleJson } from "../support/validate-json";

const EXAMPLES = [
  "data/c3voc-examples/pretalx-democon.json",
  "data/c3voc-examples/frab-camp2019.json",
  "data/c3voc-examples/hub-schedule2.json",
];
const read = (file: string) => readFileSync(sharedPath("data/c3voc-examples", file), "utf8");
const options: ExportOptions = {
  baseUrl: "https://podium.example/china-netav-2017/",
  generatedAt: new Date("2025-01-01T00:00:00Z"),
  version: "v3",
  generatorVersion: "0.1.0",
};

describeWithShared(EXAMPLES, "real schedule JSON files", () => {
  it("validates the originals as the data README says: pretalx and hub valid, frab not", () => {
    expect(validateScheduleJson(read("pretalx-democon.json"), "schema")).toEqual([]);
    expect(validateScheduleJson(read("hub-schedule2.json"), "schema2")).toEqual([]);
    const frab = validateScheduleJson(read("frab-camp2019.json"), "schema");
    expect(frab).toContain(
      '/schedule/conference/acronym: must match pattern "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"',
    );
    expect(frab.some((e) => /\/links\/0\/url: must match format "uri"/.test(e))).toBe(true);
    // Formats are checked: a hub file whose guid is no UUID fails.
    expect(
      validateScheduleJson(
        read("hub-schedule2.json").replace("270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "not-a-uuid"),
        "schema2",
      ),
    ).toContain('/schedule/events/0/guid: must match format "uuid"');
  });

  it("reads pretalx's democon: 36 events, and reports what it leaves out", () => {
    const { document, ignored } = parseScheduleJson(read("pretalx-democon.json"));
    expect(document.events).toHaveLength(36);
    expect(document.rooms).toEqual([
      { name: "Gray Room", guid: "b379c473-93b9-4eae-9a09-d482e86cede3" },
      { name: "Tan Room", guid: null },
    ]);
    expect(document.tracks.map((t) => t.name)).toEqual(["Phased", "Horizontal"]);
    expect(document.events[0]).toMatchObject({
      guid: "8079583e-8321-506c-95af-fd2903a5f075",
      id: 25,
      start: "2020-12-14T08:00:00.000Z",
      durationMinutes: 30,
      room: "Gray Room",
      persons: [{ name: "Brian Robinson", guid: null, id: 26, role: null }],
    });
    expect(ignored.map(noteInEnglish)).toEqual([
      { what: "room guid used by another room", where: "schedule.conference.rooms[1]", count: 1 },
      { what: 'person field "code"', where: 'schedule.conference.days[0].rooms["Gray Room"][0].persons[0]', count: 43 },
      {
        what: 'person field "biography"',
        where: 'schedule.conference.days[0].rooms["Gray Room"][0].persons[0]',
        count: 43,
      },
      { what: 'event field "do_not_record"', where: 'schedule.conference.days[0].rooms["Tan Room"][2]', count: 2 },
    ]);
  });

  it("reads frab's Camp 2019 despite its deviations: 79 events", () => {
    const { document, ignored } = parseScheduleJson(read("frab-camp2019.json"));
    expect(document.events).toHaveLength(79);
    expect(document.conference).toMatchObject({
      acronym: "camp2019",
      timeZone: "Europe/Berlin",
      startDate: "2019-08-21",
      endDate: "2019-08-25",
    });
    expect(document.rooms.map((r) => r.name)).toEqual(["Curie", "Meitner"]);
    expect(document.events.reduce((n, e) => n + e.persons.length, 0)).toBe(96);
    expect(ignored.map(noteInEnglish)).toEqual([
      { what: 'event field "attachments"', where: 'schedule.conference.days[0].rooms["Curie"][2]', count: 10 },
      { what: 'event field "logo"', where: 'schedule.conference.days[0].rooms["Curie"][3]', count: 28 },
      {
        what: "link that is not absolute http(s)",
        where: 'schedule.conference.days[4].rooms["Curie"][0].links[0]',
        count: 1,
      },
    ]);
  });

  it("reads the hub's schedule2: 2 events, participant roles, the grouping", () => {
    const { document, ignored } = parseScheduleJson(read("hub-schedule2.json"));
    expect(document.events).toHaveLength(2);
    expect(document.groups).toEqual([{ slug: "ccc", name: "CCC", nameEn: null, date: "2024-12-27" }]);
    expect(document.events.map((e) => [e.room, e.group, e.track, e.durationMinutes])).toEqual([
      ["Saal 1", "ccc", "CCC", 30],
      ["Saal ZIGZAG", "ccc", "Hardware & Making", 40],
    ]);
    expect(document.events[0]!.persons.map((p) => p.role)).toEqual(["speaker", "speaker", "panelist"]);
    expect(ignored.map(noteInEnglish).map((i) => `${i.what} ×${i.count}`)).toEqual([
      'schedule field "persons" ×1',
      'conference field "defaults" ×1',
      'room field "type" ×5',
      'room field "stream_id" ×5',
      'room field "capacity" ×3',
      'room field "description" ×5',
      'room field "features" ×5',
      'track field "guid" ×7',
      'event field "code" ×2',
      'event field "attachments" ×1',
      'link field "type" ×4',
      'event field "logo" ×1',
    ]);
  });

  for (const file of ["pretalx-democon.json", "frab-camp2019.json", "hub-schedule2.json"]) {
    it(`re-exports ${file} through both exporters, valid, stable and with every event`, () => {
      const parsed = parseScheduleJson(read(file)).document;
      const v1 = exportScheduleJson(parsed, options);
      const v2 = exportScheduleJson2(parsed, options);
      expect(validateScheduleJson(v1, "schema")).toEqual([]);
      expect(validateScheduleJson(v2, "schema2")).toEqual([]);
      const guids = parsed.events.map((e) => e.guid).sort();
      expect(
        parseScheduleJson(v1)
          .document.events.map((e) => e.guid)
          .sort(),
      ).toEqual(guids);
      expect(
        parseScheduleJson(v2)
          .document.events.map((e) => e.guid)
          .sort(),
      ).toEqual(guids);
      // Reading an export and exporting again changes nothing.
      expect(exportScheduleJson(parseScheduleJson(v1).document, options)).toBe(v1);
      expect(exportScheduleJson2(parseScheduleJson(v2).document, options)).toBe(v2);
    });
  }
});

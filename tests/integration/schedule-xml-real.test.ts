import { readFileSync } from "node:fs";
import { v5 as uuidv5 } from "uuid";
import { describe, expect, it } from "vitest";
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { exportScheduleXml } from "@/lib/interop/schedule-xml-export";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { instantToLocalDate } from "@/lib/time/zoned";
import { noteInEnglish } from "@/lib/interop/import-english";
import { describeWithShared, sharedPath } from "../support/shared-data";
import { validateScheduleXml } from "../support/validate-xml";
import { blankEvent } from "../unit/support/schedule-document";

const REAL = ["data/real/fosdem-2025.xml", "data/real/debconf23.xml", "data/real/31c3.xml"];
const readReal = (file: string) => readFileSync(sharedPath("data/real", file), "utf8");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = "6f1d4c3e-8a0b-5b7e-9f2a-3c4d5e6f7a8b";
const options = {
  baseUrl: "https://podium.example/real/",
  generatedAt: new Date("2030-01-01T00:00:00Z"),
  version: "v1",
  generatorVersion: "0.1.0",
};

// The counts in shared/data/README.md. Its people are distinct person ids: 31c3 lists
// "Laura Poitras" under two ids (once as " Laura Poitras"), so by name it has 197.
const realFiles = [
  { file: "fosdem-2025.xml", days: 2, rooms: 40, events: 943, people: 992, names: 992, zone: "Europe/Brussels" },
  { file: "debconf23.xml", days: 8, rooms: 5, events: 117, people: 87, names: 87, zone: "Asia/Kolkata" },
  // 31c3 names no zone; the congress was in Hamburg.
  { file: "31c3.xml", days: 4, rooms: 4, events: 138, people: 198, names: 197, zone: "Europe/Berlin" },
];

/** Event guids as the importer stores them: a UUID stays, anything else becomes a v5 UUID of it. */
function withImportedGuids(document: ScheduleDocument): ScheduleDocument {
  const guid = (g: string | null) =>
    g && UUID.test(g) ? g : uuidv5(`${document.conference.acronym}/event/${g}`, NAMESPACE);
  return { ...document, events: document.events.map((e) => ({ ...e, guid: guid(e.guid) })) };
}

describeWithShared(REAL, "real schedule XML files", () =>
  describe.each(realFiles)("$file", ({ file, days, rooms, events, people, names, zone }) => {
    const parsed = parseScheduleXml(readReal(file));
    const { document } = parsed;

    it("takes every day, room, event and person", () => {
      expect(document.events).toHaveLength(events);
      expect(document.rooms).toHaveLength(rooms);
      expect(
        new Set(document.events.map((e) => instantToLocalDate(new Date(e.start), document.conference.timeZone ?? zone)))
          .size,
      ).toBe(days);
      const persons = document.events.flatMap((e) => e.persons);
      expect(new Set(persons.map((p) => p.id)).size).toBe(people);
      expect(new Set(persons.map((p) => p.name)).size).toBe(names);
      expect(persons.every((p) => p.id !== null && p.name === p.name.trim() && p.name !== "")).toBe(true);
      for (const event of document.events) {
        expect(document.rooms.some((r) => r.name === event.room)).toBe(true);
        expect(event.track === null || document.tracks.some((t) => t.name === event.track)).toBe(true);
      }
    });

    it(
      "exports a document that validates against schedule.xml.xsd and reads back the same",
      { timeout: 60_000 },
      async () => {
        const source = withImportedGuids(document);
        const xml = exportScheduleXml(source, options);
        expect(await validateScheduleXml(xml)).toEqual([]);
        expect(exportScheduleXml(source, { ...options, generatedAt: new Date("2031-06-06T06:06:06Z") })).toBe(xml);

        const back = parseScheduleXml(xml).document;
        const key = (d: ScheduleDocument) =>
          d.events
            .map((e) => `${e.guid} ${e.id} ${e.start} ${e.durationMinutes} ${e.room} ${e.title} ${e.persons.length}`)
            .sort();
        expect(key(back)).toEqual(key(source));
      },
    );
  }),
);

describeWithShared(REAL, "what the real files carry beyond the schema", () => {
  const ignoredOf = (file: string) =>
    Object.fromEntries(
      parseScheduleXml(readReal(file))
        .ignored.map(noteInEnglish)
        .map((i) => [i.what, i.count]),
    );

  it("is reported, counted, and the events are still taken", () => {
    expect(ignoredOf("fosdem-2025.xml")).toEqual({
      "element <timeslot_duration> in <conference>": 1,
      "attribute online_qa on <track>": 74,
      "attribute slug on <room>": 80,
      "element <feedback_url> in <event>": 943,
      "element <attachments> in <event>": 943,
    });
    expect(ignoredOf("debconf23.xml")).toEqual({
      "element <generator> in <schedule>": 1,
      "element <timeslot_duration> in <conference>": 1,
      "element <recording> in <event>": 117,
    });
    expect(ignoredOf("31c3.xml")).toEqual({
      "element <timeslot_duration> in <conference>": 1,
      "element <recording> in <event>": 138,
    });
  });

  it("takes the FOSDEM track list outside the schema, in its order", () => {
    const { tracks } = parseScheduleXml(readReal("fosdem-2025.xml")).document;
    expect(tracks.slice(0, 3).map((t) => t.name)).toEqual(["Lightning Talks", "Ada", "Android Open Source Project"]);
  });

  it("keeps 31c3's guids that are not UUIDs, which the schema refuses", { timeout: 60_000 }, async () => {
    const text = readReal("31c3.xml");
    expect(parseScheduleXml(text).document.events.map((e) => e.guid)).toContain("HOqeNIb6G7M4hYFKFRkCmQ");
    // The validator really validates: the published file fails on those guids.
    expect((await validateScheduleXml(text)).join("\n")).toContain(
      "'HOqeNIb6G7M4hYFKFRkCmQ' is not accepted by the pattern",
    );
  });
});

describe("an export of awkward data", () => {
  // Blank but for the night of the switch to summer time in Europe, untyped and in no language.
  const event = (over: Partial<ScheduleEvent>): ScheduleEvent =>
    blankEvent({
      start: "2025-03-30T00:30:00.000Z",
      durationMinutes: 45,
      room: "Room",
      title: "T",
      type: "",
      language: "",
      ...over,
    });

  it(
    "still validates: markup, control characters, bad guids and ids, repeated slugs, foreign URLs, a DST night",
    { timeout: 60_000 },
    async () => {
      const nasty = `<script>alert("x")</script> & ]]> \u0000\u0001\u001f\uFFFF\uD800 "quoted" 'single'\r\n\ttab`;
      const document: ScheduleDocument = {
        conference: {
          acronym: "x",
          title: nasty,
          subtitle: "",
          venue: "",
          city: "",
          startDate: "2025-03-30",
          endDate: "2025-03-29",
          timeZone: "Europe/Berlin",
          url: "mailto:a@b.c",
          languages: [],
        },
        rooms: [
          { name: nasty, guid: "not-a-uuid" },
          { name: "Room", guid: "0c5d6a3e-1f2b-4c7d-8e9f-a0b1c2d3e4f5" },
        ],
        tracks: [
          { name: nasty, color: "#zzzzzz" },
          { name: "Ok", color: "#ABCDEF" },
        ],
        groups: [{ slug: "forum", name: nasty, nameEn: null, date: "2025-03-30" }],
        events: [
          event({
            room: nasty,
            title: nasty,
            subtitle: nasty,
            abstract: nasty,
            description: nasty,
            type: nasty,
            language: nasty,
            group: "forum",
            slug: "same-slug-here",
            url: "https://x.example/a b",
          }),
          event({
            guid: "dup",
            id: 5,
            start: "2025-03-30T01:30:00.000Z",
            slug: "same-slug-here",
            persons: [{ name: nasty, id: -3, guid: "x", role: null }],
          }),
          event({
            guid: "dup",
            id: 5,
            start: "2025-04-02T10:00:00.000Z",
            durationMinutes: 100 * 60,
            links: [
              { url: 'https://ok.example/?a=1&b="2"', title: nasty },
              { url: "data:text/html,x", title: "no" },
            ],
          }),
          event({ id: 0, title: "Cancelled", cancelled: true }),
        ],
      };
      const xml = exportScheduleXml(document, options);
      expect(await validateScheduleXml(xml)).toEqual([]);
      expect(parseScheduleXml(xml).document.events).toHaveLength(3);
    },
  );
});

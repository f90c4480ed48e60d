import { describe, expect, it } from "vitest";
import { hoursMinutes, httpUrl } from "@/lib/interop/export-format";
import { prepareExport } from "@/lib/interop/export-preparation";
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { exportScheduleJson } from "@/lib/interop/schedule-json-export";
import { exportScheduleJson2 } from "@/lib/interop/schedule-json2-export";
import { exportScheduleXml } from "@/lib/interop/schedule-xml-export";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";
import { blankEvent, exportOptions, scheduleDocument } from "./support/schedule-document";

// The three schedule exports start from one preparation: what they decide about an
// event, a room or a person, they decide once, so a client reading two formats sees one programme.

const options = exportOptions();
const event = blankEvent;
const document = (events: ScheduleEvent[]) => scheduleDocument(events);

/** Each format's events as [id, guid, title], in the order the format writes them. */
function eventsOf(doc: ScheduleDocument) {
  const xml = [
    ...exportScheduleXml(doc, options).matchAll(/<event id="(\d+)" guid="([^"]+)">[\s\S]*?<title>([^<]*)</g),
  ];
  const json = JSON.parse(exportScheduleJson(doc, options)).schedule.conference.days.flatMap(
    (d: { rooms: Record<string, Array<{ id: number; guid: string; title: string }>> }) => Object.values(d.rooms).flat(),
  );
  const json2 = JSON.parse(exportScheduleJson2(doc, options)).schedule.events;
  return {
    xml: xml.map((m) => [Number(m[1]), m[2], m[3]]),
    json: json.map((e: { id: number; guid: string; title: string }) => [e.id, e.guid, e.title]),
    json2: json2.map((e: { guid: string; title: string }) => [e.guid, e.title]),
  };
}

describe("the export preparation", () => {
  it("gives an event the same id and guid in every format, a cancelled event without an id before it or not", () => {
    const doc = document([
      event({ title: "Called off", cancelled: true, start: "2025-02-01T08:00:00.000Z" }),
      event({ title: "Kept", guid: "not-a-uuid" }),
    ]);
    const { xml, json, json2 } = eventsOf(doc);
    expect(xml).toEqual(json);
    expect(xml).toHaveLength(1);
    expect(json2.find((e: string[]) => e[1] === "Kept")).toEqual([xml[0]![1], "Kept"]);
    expect(xml[0]![0]).toBe(2); // the cancelled event keeps number 1 in every format
  });

  it("orders events of one start by their guids' code units, the same on every machine and in every format", () => {
    const doc = document([
      event({ title: "lower", guid: "abc" }),
      event({ title: "upper", guid: "ABD" }),
      event({ title: "digit", guid: "9zz" }),
    ]);
    const { xml, json, json2 } = eventsOf(doc);
    for (const order of [xml, json, json2])
      expect(order.map((e: unknown[]) => e.at(-1))).toEqual(["digit", "upper", "lower"]);
  });

  it("caps a duration only where the format's schema does: schedule XML at 99:59, JSON as long as it is", async () => {
    const doc = document([event({ durationMinutes: 101 * 60 })]);
    const xml = exportScheduleXml(doc, options);
    expect(xml).toContain("<duration>99:59</duration>");
    expect(await validateScheduleXml(xml)).toEqual([]);
    const json = exportScheduleJson(doc, options);
    expect(validateScheduleJson(json, "schema")).toEqual([]);
    expect(json).toContain('"duration": "101:00"');
    expect(hoursMinutes(-5)).toBe("00:00");
  });

  it("writes one address for a link in every format, in the shape strict URI parsers take", async () => {
    const odd = "https://example.com/a|b?q=[1]#x#y";
    const doc = document([
      event({
        url: "https://example.com",
        links: [
          { url: odd, title: "odd" },
          { url: "javascript:alert(1)", title: "evil" },
        ],
      }),
    ]);
    const xml = exportScheduleXml(doc, options);
    expect(await validateScheduleXml(xml)).toEqual([]);
    expect(xml).toContain(`<link href="${httpUrl(odd)}">odd</link>`);
    expect(xml).toContain("<url>https://example.com/</url>");
    expect(xml).not.toContain("javascript:");
    const json = JSON.parse(exportScheduleJson(doc, options)).schedule.conference.days[0].rooms["Main hall"][0];
    expect(json.links).toEqual([{ url: httpUrl(odd), title: "odd" }]);
    expect(json.url).toBe("https://example.com/");
  });

  it("gives every person an id — their own, else one derived from their guid — the same in each format", () => {
    const guid = "5d0c8a1e-6f0b-4c9a-8f55-3c1e2b7d9a10";
    const doc = document([
      event({
        persons: [
          { name: "Own id", id: 7, guid: null, role: null },
          { name: "Guid only", id: null, guid, role: "moderator" },
          { name: "Name only", id: null, guid: null, role: null },
        ],
      }),
    ]);
    const [prepared] = prepareExport(doc, options).events;
    const ids = prepared!.persons.map((p) => p.id);
    expect(ids[0]).toBe(7);
    expect(new Set(ids).size).toBe(3);
    const xml = exportScheduleXml(doc, options);
    expect(xml).toContain(`<person id="${ids[1]}" guid="${guid}">Guid only</person>`);
    const json = JSON.parse(exportScheduleJson(doc, options)).schedule.conference.days[0].rooms["Main hall"][0];
    expect(json.persons.map((p: { id: number }) => p.id)).toEqual(ids);
    // schedule2 keys participants by guid: the own one, or one derived from the name.
    const json2 = JSON.parse(exportScheduleJson2(doc, options)).schedule.events[0].participants;
    expect(json2[1].guid).toBe(guid);
    expect(json2[2].guid).toBe(prepared!.persons[2]!.participantGuid);
  });

  it("derives the timeslot from the programme, the same in every format", () => {
    const doc = document([event({ start: "2025-02-01T09:02:00.000Z", durationMinutes: 28 })]);
    expect(exportScheduleXml(doc, options)).toContain("<timeslot_duration>00:01</timeslot_duration>");
    expect(JSON.parse(exportScheduleJson(doc, options)).schedule.conference.timeslot_duration).toBe("00:01");
    expect(JSON.parse(exportScheduleJson2(doc, options)).schedule.conference.timeslot_duration).toBe("PT1M");
  });

  it("refuses a base URL that is not absolute http(s), in every format", () => {
    for (const exporter of [exportScheduleXml, exportScheduleJson, exportScheduleJson2])
      expect(() => exporter(document([event({})]), { ...options, baseUrl: "/demo/" })).toThrow(RangeError);
  });
});

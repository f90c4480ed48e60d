import { describe, expect, it } from "vitest";
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { xsdAcronym } from "@/lib/interop/export-format";
import { exportScheduleXml } from "@/lib/interop/schedule-xml-export";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { blankEvent, exportOptions, scheduleDocument } from "./support/schedule-document";

const GUID_A = "852280ac-61d3-588c-b74c-8d87f9d9d2c6";
const GUID_B = "ea099777-c164-5c6f-952a-a8b41a25fcef";
const PERSON_GUID = "0c5d6a3e-1f2b-4c7d-8e9f-a0b1c2d3e4f5";

const options = exportOptions();

const event = (over: Partial<ScheduleEvent>) =>
  blankEvent({ guid: GUID_A, id: 1, title: "Opening", language: "zh", ...over });

/** Two days in Brussels, three rooms (one never used) and the Web Summit forum. */
const documentWith = (events: ScheduleEvent[], over: Partial<ScheduleDocument> = {}) =>
  scheduleDocument(events, {
    conference: { endDate: "2025-02-02" },
    rooms: [
      { name: "Main hall", guid: null },
      { name: "Side room", guid: null },
      { name: "Empty room", guid: null },
    ],
    groups: [{ slug: "web-summit", name: "Web Summit", nameEn: null, date: "2025-02-01" }],
    ...over,
  });

describe("exportScheduleXml", () => {
  it("escapes markup, ampersands and quotes, and drops characters XML cannot carry", () => {
    const nasty = `<script>alert("x")</script> & co\u0001\u0008\uFFFE`;
    const xml = exportScheduleXml(
      documentWith(
        [
          event({
            title: nasty,
            room: `A "quoted" <room> & more`,
            persons: [{ name: nasty, id: 5, guid: null, role: null }],
          }),
        ],
        {
          rooms: [{ name: `A "quoted" <room> & more`, guid: null }],
        },
      ),
      options,
    );
    expect(xml).not.toContain("<script>");
    expect(xml).toContain('<title>&lt;script&gt;alert("x")&lt;/script&gt; &amp; co</title>');
    expect(xml).toContain(`<room name="A &quot;quoted&quot; &lt;room&gt; &amp; more">`);
    for (const dropped of ["\u0001", "\u0008", "\uFFFE"]) expect(xml).not.toContain(dropped);
    const back = parseScheduleXml(xml).document.events[0]!;
    expect(back.title).toBe(`<script>alert("x")</script> & co`);
    expect(back.room).toBe(`A "quoted" <room> & more`);
    expect(back.persons[0]!.name).toBe(`<script>alert("x")</script> & co`);
  });

  it("writes the same bytes for the same programme, and never the generation time", () => {
    const doc = documentWith([event({}), event({ guid: GUID_B, id: 2, room: "Side room" })]);
    const first = exportScheduleXml(doc, options);
    const second = exportScheduleXml(doc, { ...options, generatedAt: new Date("2032-01-02T03:04:05Z") });
    expect(second).toBe(first);
    expect(first).not.toMatch(/2031|2032/);
    expect(
      first.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <generator name="Podium" version="0.1.0"/>\n',
      ),
    ).toBe(true);
    expect(first).toContain("  <url>https://podium.example/demo/schedule.xml</url>\n  <version>v3</version>\n");
  });

  it("writes one day per local date with the zone's offset, and each room only on days it has events", () => {
    const xml = exportScheduleXml(
      documentWith(
        [
          event({ guid: GUID_B, id: 2, room: "Side room", start: "2025-03-29T09:00:00.000Z" }),
          event({ id: 1, start: "2025-03-29T09:00:00.000Z" }),
          event({ guid: "11111111-1111-4111-8111-111111111111", id: 3, start: "2025-03-29T08:00:00.000Z" }),
        ],
        { conference: { ...documentWith([]).conference, startDate: "2025-03-29", endDate: "2025-03-31" } },
      ),
      options,
    );
    // Summer time starts in Brussels on the night of 30 March.
    expect(xml).toContain(
      `<day index="1" date="2025-03-29" start="2025-03-29T00:00:00+01:00" end="2025-03-29T23:59:59+01:00">`,
    );
    expect(xml).toContain(
      `<day index="2" date="2025-03-30" start="2025-03-30T00:00:00+01:00" end="2025-03-30T23:59:59+02:00"/>`,
    );
    expect(xml).toContain(
      `<day index="3" date="2025-03-31" start="2025-03-31T00:00:00+02:00" end="2025-03-31T23:59:59+02:00"/>`,
    );
    expect([...xml.matchAll(/<room name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Main hall", "Side room"]);
    expect([...xml.matchAll(/<event id="(\d+)"/g)].map((m) => m[1])).toEqual(["3", "1", "2"]);
    expect(xml).toContain(
      "<date>2025-03-29T09:00:00+01:00</date>\n        <start>09:00</start>\n        <duration>00:30</duration>",
    );
    expect(xml).toMatch(/<days>3<\/days>/);
  });

  it("leaves cancelled events out", () => {
    const xml = exportScheduleXml(
      documentWith([event({}), event({ guid: GUID_B, id: 2, title: "Called off", cancelled: true })]),
      options,
    );
    expect(xml).not.toContain("Called off");
    expect(xml.match(/<event /g)).toHaveLength(1);
  });

  it("names the forum as the track, else the session's own track, else leaves it empty", () => {
    const xml = exportScheduleXml(
      documentWith([
        event({ track: "Security", group: "web-summit" }),
        event({ guid: GUID_B, id: 2, group: "web-summit", start: "2025-02-01T10:00:00.000Z" }),
        event({ guid: "11111111-1111-4111-8111-111111111111", id: 3, start: "2025-02-01T11:00:00.000Z" }),
      ]),
      options,
    );
    expect([...xml.matchAll(/<track(?:\/>|>([^<]*)<\/track>)/g)].map((m) => m[1] ?? "")).toEqual([
      "Web Summit",
      "Web Summit",
      "",
    ]);
  });

  it("writes only what the schema accepts: slugs of its shape, http(s) URLs, UUID guids, hex colours", () => {
    const xml = exportScheduleXml(
      documentWith(
        [
          event({
            slug: "demo-2025-opening",
            url: "javascript:alert(1)",
            persons: [
              { name: "Ada", id: 7, guid: "nope", role: "moderator" },
              { name: "Lin", id: null, guid: PERSON_GUID, role: null },
            ],
            links: [
              { url: "https://ok.example/a?b=1&c=2", title: "Slides" },
              { url: "ftp://old.example/x", title: "FTP" },
            ],
          }),
          event({
            guid: "HOqeNIb6G7M4hYFKFRkCmQ",
            id: null,
            slug: "Not A Slug",
            url: "https://demo.example/e/2",
            start: "2025-02-01T10:00:00.000Z",
          }),
        ],
        {
          tracks: [
            { name: "Web", color: "#A1B2C3" },
            { name: "Data", color: "red" },
          ],
        },
      ),
      options,
    );
    expect(xml).toContain("<slug>demo-2025-opening</slug>");
    expect(xml).not.toContain("Not A Slug");
    expect(xml).not.toContain("javascript:");
    expect(xml).toContain("<url>https://demo.example/e/2</url>");
    expect(xml).toContain(`<person id="7">Ada</person>`);
    // A person without an id of their own gets the one derived from their guid: clients key people by id.
    expect(xml).toMatch(new RegExp(`<person id="\\d+" guid="${PERSON_GUID}">Lin</person>`));
    expect(xml).toContain(`<link href="https://ok.example/a?b=1&amp;c=2">Slides</link>`);
    expect(xml).not.toContain("ftp://");
    expect(xml).toContain(`<track name="Web" color="#a1b2c3">Web</track>`);
    expect(xml).toContain(`<track name="Data">Data</track>`);
    // The event without an id gets the next free one; its guid becomes a stable v5 UUID.
    expect(xml).toMatch(/<event id="2" guid="[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}">/);
  });

  it("reads back what it wrote", () => {
    const doc = documentWith(
      [
        event({
          track: "Web",
          persons: [{ name: "Ada", id: 7, guid: PERSON_GUID, role: null }],
          links: [{ url: "https://x.example/", title: "X" }],
          abstract: "Line 1\nLine 2",
        }),
        event({
          guid: GUID_B,
          id: 2,
          room: "Side room",
          start: "2025-02-02T15:45:00.000Z",
          durationMinutes: 135,
          language: "",
        }),
      ],
      { tracks: [{ name: "Web", color: "#112233" }] },
    );
    const { document } = parseScheduleXml(exportScheduleXml(doc, options));
    expect(document.tracks).toEqual(doc.tracks);
    expect(document.rooms.map((r) => r.name)).toEqual(["Main hall", "Side room"]);
    expect(document.events).toEqual(
      doc.events.map((e) => ({
        ...e,
        track: e.track,
        group: null,
        persons: e.persons.map((p) => ({ ...p, role: null })),
      })),
    );
  });

  it("makes an acronym the schema accepts", () => {
    expect(xsdAcronym("31c3", "2014-12-27")).toBe("31c3");
    expect(xsdAcronym("FOSDEM 2025", "2025-02-01")).toBe("fosdem-2025");
    expect(xsdAcronym("gdc", "2025-03-17")).toBe("gdc-2025");
    expect(xsdAcronym("中国网络视听大会", "2017-12-01")).toBe("podium-2017");
  });
});

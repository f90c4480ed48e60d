import { describe, expect, it } from "vitest";
import {
  type ExportOptions,
  type ScheduleDocument,
  type ScheduleEvent,
  ScheduleFormatError,
} from "@/lib/interop/schedule-document";
import { xsdAcronym } from "@/lib/interop/export-format";
import { exportScheduleXml } from "@/lib/interop/schedule-xml-export";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { noteInEnglish } from "@/lib/interop/import-english";

const GUID_A = "852280ac-61d3-588c-b74c-8d87f9d9d2c6";
const GUID_B = "ea099777-c164-5c6f-952a-a8b41a25fcef";
const PERSON_GUID = "0c5d6a3e-1f2b-4c7d-8e9f-a0b1c2d3e4f5";

const conferenceXml = `<conference>
    <acronym>demo-2025</acronym><title>Demo Con</title><venue>ULB</venue><city>Brussels</city>
    <start>2025-02-01</start><end>2025-02-02</end><time_zone_name>Europe/Brussels</time_zone_name>
    <base_url>https://demo.example/2025/</base_url>
  </conference>`;

function eventXml(fields: Record<string, string | null> = {}, attrs = `id="6210" guid="${GUID_A}"`): string {
  const base: Record<string, string | null> = {
    date: "2025-02-01T10:35:00+01:00",
    start: "10:35",
    duration: "00:25",
    room: "K.3.201",
    title: "Callee-saved registers",
    subtitle: "",
    track: "LLVM",
    type: "devroom",
    language: "en",
    abstract: "",
    description: "",
  };
  const body = Object.entries({ ...base, ...fields })
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join("\n        ");
  return `<event ${attrs}>\n        ${body}\n      </event>`;
}

const scheduleXml = (days: string, conference = conferenceXml) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <version>v1</version>\n  ${conference}\n  ${days}\n</schedule>\n`;
const dayXml = (
  rooms: string,
  attrs = `index="1" date="2025-02-01" start="2025-02-01T09:00:00+01:00" end="2025-02-02T08:59:00+01:00"`,
) => `<day ${attrs}>\n    ${rooms}\n  </day>`;
const roomXml = (events: string, name = "K.3.201") => `<room name="${name}">\n      ${events}\n    </room>`;

function formatError(parse: () => unknown): ScheduleFormatError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ScheduleFormatError) return error;
    throw error;
  }
  throw new Error("expected a ScheduleFormatError");
}

describe("parseScheduleXml", () => {
  it("reads conference, rooms, tracks, events, persons and links", () => {
    const xml = scheduleXml(
      dayXml(
        roomXml(
          eventXml({
            persons: `<person id="4744">  Mikhail Gudim </person><person guid="${PERSON_GUID}">Ada</person><person guid="not-a-uuid">Bob</person>`,
            links: `<link href="https://github.com/llvm/llvm-project/">LLVM</link>`,
            slug: "fosdem-2025-6210-callee-saved",
            url: "https://demo.example/2025/event/6210/",
          }),
        ),
      ),
    );
    const { document, ignored } = parseScheduleXml(xml);
    expect(document.conference).toEqual({
      acronym: "demo-2025",
      title: "Demo Con",
      subtitle: "",
      venue: "ULB",
      city: "Brussels",
      startDate: "2025-02-01",
      endDate: "2025-02-02",
      timeZone: "Europe/Brussels",
      url: "https://demo.example/2025/",
      languages: [],
    });
    expect(document.rooms).toEqual([{ name: "K.3.201", guid: null }]);
    expect(document.tracks).toEqual([{ name: "LLVM", color: null }]);
    expect(document.groups).toEqual([]);
    expect(document.events).toEqual([
      {
        guid: GUID_A,
        id: 6210,
        start: "2025-02-01T09:35:00.000Z",
        durationMinutes: 25,
        room: "K.3.201",
        title: "Callee-saved registers",
        titleEn: null,
        subtitle: "",
        track: "LLVM",
        group: null,
        type: "devroom",
        language: "en",
        abstract: "",
        abstractEn: null,
        description: "",
        slug: "fosdem-2025-6210-callee-saved",
        url: "https://demo.example/2025/event/6210/",
        cancelled: false,
        persons: [
          { name: "Mikhail Gudim", id: 4744, guid: null, role: null },
          { name: "Ada", id: null, guid: PERSON_GUID, role: null },
          { name: "Bob", id: null, guid: null, role: null },
        ],
        links: [{ url: "https://github.com/llvm/llvm-project/", title: "LLVM" }],
      },
    ]);
    expect(ignored.map(noteInEnglish)).toEqual([
      {
        what: "attribute guid on <person> that is not a UUID",
        where: expect.stringMatching(/^event 6210 \(line \d+\)$/),
        count: 1,
      },
    ]);
  });

  it("keeps a guid that is not a UUID as the file gives it", () => {
    const xml = scheduleXml(dayXml(roomXml(eventXml({}, `guid="HOqeNIb6G7M4hYFKFRkCmQ" id="6264"`))));
    expect(parseScheduleXml(xml).document.events[0]).toMatchObject({ guid: "HOqeNIb6G7M4hYFKFRkCmQ", id: 6264 });
  });

  it("reads the older FOSDEM layout, events straight under <day>, from the day date and <start>", () => {
    const xml = scheduleXml(
      `<day date="2025-02-01" index="1" start="2025-02-01T09:00:00+01:00" end="2025-02-02T08:59:00+01:00">
        ${eventXml({ date: null, room: "Janson" })}
        ${eventXml({ date: null, room: "H.1302", start: "01:30", duration: "0:45" }, `id="7" guid="${GUID_B}"`)}
      </day>`,
    );
    const { document } = parseScheduleXml(xml);
    expect(document.rooms.map((r) => r.name)).toEqual(["Janson", "H.1302"]);
    // 01:30 comes after the day's 09:00 start, so it is the small hours of the next date.
    expect(document.events.map((e) => [e.room, e.start, e.durationMinutes])).toEqual([
      ["Janson", "2025-02-01T09:35:00.000Z", 25],
      ["H.1302", "2025-02-02T00:30:00.000Z", 45],
    ]);
  });

  it("uses the conference zone when <date> has no offset", () => {
    const xml = scheduleXml(dayXml(roomXml(eventXml({ date: "2025-02-01T10:35:00", start: "10:35" }))));
    expect(parseScheduleXml(xml).document.events[0]!.start).toBe("2025-02-01T09:35:00.000Z");
  });

  it.each([
    ["00:30", 30],
    ["0:30", 30],
    ["00:30:00", 30],
    ["1:00:00", 60],
    ["01:30", 90],
  ])("reads the duration %s as %i minutes", (duration, minutes) => {
    expect(
      parseScheduleXml(scheduleXml(dayXml(roomXml(eventXml({ duration }))))).document.events[0]!.durationMinutes,
    ).toBe(minutes);
  });

  it("decodes entities and character references once, and escapes stay text", () => {
    const xml = scheduleXml(
      dayXml(roomXml(eventXml({ title: "Tom &amp; Jerry&#x27;s &lt;b&gt; &amp;#38; &#233;t&#xE9;" }))),
    );
    expect(parseScheduleXml(xml).document.events[0]!.title).toBe("Tom & Jerry's <b> &#38; été");
  });

  it("never expands entities declared in a DOCTYPE, and says so", () => {
    const bomb = `<!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY t "declared">]>`;
    const xml = scheduleXml(dayXml(roomXml(eventXml({ title: "&t; and &b;" })))).replace(
      "<schedule>",
      `${bomb}\n<schedule>`,
    );
    const { document, ignored } = parseScheduleXml(xml);
    expect(document.events[0]!.title).toBe("&t; and &b;");
    expect(ignored.map(noteInEnglish)).toContainEqual(
      expect.objectContaining({ what: "DOCTYPE entity declarations (not expanded)" }),
    );
  });

  it("skips what it does not keep and reports each kind once, with where it was first seen and how often", () => {
    const extra = { recording: "<license>cc</license><optout>false</optout>", feedback_url: "https://x.example/f" };
    const xml = scheduleXml(
      dayXml(
        `<room name="K.3.201" slug="k3201">
          ${eventXml(extra)}
          ${eventXml(extra, `id="6600" guid="${GUID_B}"`)}
        </room>`,
      ),
      `<generator name="pretalx" version="2"/>${conferenceXml}<tracks><track online_qa="false">Main</track><track online_qa="false">LLVM</track></tracks>`,
    );
    const { document, ignored } = parseScheduleXml(xml);
    expect(document.tracks.map((t) => t.name)).toEqual(["Main", "LLVM"]);
    const byWhat = Object.fromEntries(ignored.map(noteInEnglish).map((i) => [i.what, i]));
    expect(byWhat["element <generator> in <schedule>"]).toMatchObject({ count: 1 });
    expect(byWhat["attribute online_qa on <track>"]).toMatchObject({ count: 2 });
    expect(byWhat["attribute slug on <room>"]).toMatchObject({
      count: 1,
      where: expect.stringContaining("room K.3.201"),
    });
    expect(byWhat["element <recording> in <event>"]).toMatchObject({
      count: 2,
      where: expect.stringMatching(/^event 6210 \(line \d+\)$/),
    });
    expect(Object.keys(byWhat)).toHaveLength(5);
  });

  it("accepts a file without <version> and with empty fields", () => {
    const xml = scheduleXml(
      dayXml(roomXml(eventXml({ subtitle: "", abstract: "", type: "", language: null, track: "" }))),
    ).replace("<version>v1</version>", "");
    expect(parseScheduleXml(xml).document.events[0]).toMatchObject({
      subtitle: "",
      type: "",
      language: "",
      track: null,
    });
  });

  describe("refuses files it would have to guess at, naming the place", () => {
    it("malformed XML, with the parser's line", () => {
      const error = formatError(() => parseScheduleXml(`<?xml version="1.0"?>\n<schedule>\n  <version>\n</schedule>`));
      expect(error.where).toBe("line 4");
      expect(error.message).toMatch(/Malformed XML/);
    });

    it("a document that is not a schedule", () => {
      expect(formatError(() => parseScheduleXml(`<?xml version="1.0"?>\n<iCalendar/>`)).where).toBe("root <iCalendar>");
    });

    it("an event without a usable start", () => {
      const xml = scheduleXml(dayXml(roomXml(eventXml({ date: null, start: null }))));
      const error = formatError(() => parseScheduleXml(xml));
      expect(error.where).toMatch(/^event 6210 \(day 1, room K\.3\.201, line \d+\)$/);
      expect(error.message).toMatch(/usable start/);
    });

    it("an event whose <date> has no offset in a file that names no zone", () => {
      const conference = conferenceXml.replace("<time_zone_name>Europe/Brussels</time_zone_name>", "");
      const xml = scheduleXml(
        dayXml(roomXml(eventXml({ date: "2025-02-01T10:35:00" })), `index="1" date="2025-02-01"`),
        conference,
      );
      expect(formatError(() => parseScheduleXml(xml)).where).toMatch(/^event 6210 \(day 1, room K\.3\.201/);
    });

    it.each(["abc", "-00:30", "00:75", "1:2", "twenty"])("the duration %j", (duration) => {
      const xml = scheduleXml(dayXml(roomXml(eventXml({ duration }, `guid="${GUID_B}"`))));
      const error = formatError(() => parseScheduleXml(xml));
      expect(error.message).toMatch(/Unreadable duration/);
      expect(error.where).toMatch(new RegExp(`^event ${GUID_B} \\(day 1, room K\\.3\\.201`));
    });

    it("an event without a title", () => {
      const error = formatError(() => parseScheduleXml(scheduleXml(dayXml(roomXml(eventXml({ title: " " }))))));
      expect(error.message).toMatch(/without a title/);
      expect(error.where).toMatch(/^event 6210 \(day 1, room K\.3\.201/);
    });
  });

  describe("keeps what real files get wrong, and says so", () => {
    it.each([
      ["00:00", 0],
      ["0:00:00", 0],
      ["", 0],
      ["25:00", 1500],
      ["1:05:30", 66],
    ])("the duration %j is %i minutes", (duration, minutes) => {
      const parsed = parseScheduleXml(scheduleXml(dayXml(roomXml(eventXml({ duration })))));
      expect(parsed.document.events[0]!.durationMinutes).toBe(minutes);
      if (minutes === 0 || minutes > 1440)
        expect(parsed.decisions!.map((d) => noteInEnglish(d).where)).toContainEqual(
          expect.stringMatching(/^event 6210 \(day 1, room K\.3\.201/),
        );
    });

    it("an event without a room, in the older layout, is imported without one", () => {
      const parsed = parseScheduleXml(
        scheduleXml(`<day index="2" date="2025-02-02">${eventXml({ room: null })}</day>`),
      );
      expect(parsed.document.events[0]!.room).toBe("");
      expect(parsed.decisions!.map(noteInEnglish)).toContainEqual(
        expect.objectContaining({
          what: expect.stringMatching(/without a room/),
          where: expect.stringMatching(/^event 6210 \(day 2, line \d+\)$/),
        }),
      );
    });
  });
});

const options: ExportOptions = {
  baseUrl: "https://podium.example/demo/",
  generatedAt: new Date("2031-07-09T13:14:15Z"),
  version: "v3",
  generatorVersion: "0.1.0",
};

function event(over: Partial<ScheduleEvent>): ScheduleEvent {
  return {
    guid: GUID_A,
    id: 1,
    start: "2025-02-01T09:00:00.000Z",
    durationMinutes: 30,
    room: "Main hall",
    title: "Opening",
    titleEn: null,
    subtitle: "",
    track: null,
    group: null,
    type: "talk",
    language: "zh",
    abstract: "",
    abstractEn: null,
    description: "",
    slug: null,
    url: null,
    cancelled: false,
    persons: [],
    links: [],
    ...over,
  };
}

function documentWith(events: ScheduleEvent[], over: Partial<ScheduleDocument> = {}): ScheduleDocument {
  return {
    conference: {
      acronym: "demo-2025",
      title: "Demo",
      subtitle: "",
      venue: "",
      city: "",
      startDate: "2025-02-01",
      endDate: "2025-02-02",
      timeZone: "Europe/Brussels",
      url: null,
      languages: [],
    },
    rooms: [
      { name: "Main hall", guid: null },
      { name: "Side room", guid: null },
      { name: "Empty room", guid: null },
    ],
    tracks: [],
    groups: [{ slug: "web-summit", name: "Web Summit", nameEn: null, date: "2025-02-01" }],
    events,
    ...over,
  };
}

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

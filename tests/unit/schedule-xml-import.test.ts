import { describe, expect, it } from "vitest";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { formatError } from "./support/schedule-document";

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

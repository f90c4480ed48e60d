import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/calendar/ics";
import { snapshotToDocument } from "@/lib/interop/from-snapshot";
import { personIds } from "@/lib/interop/person-ids";
import { exportScheduleXml } from "@/lib/interop/schedule-xml-export";
import { parseScheduleIcal } from "@/lib/interop/schedule-ical-import";
import { dayWindow, placeAt } from "@/lib/schedule/editor-geometry";
import { formatTimeRange } from "@/lib/time/format";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";
import { parseEvents } from "../support/ics";

const bell = makeSession({
  title: "Opening bell",
  startsAt: "2017-12-01T01:00:00.000Z",
  endsAt: "2017-12-01T01:00:00.000Z",
});

describe("a session that is an instant", () => {
  it("shows one time, not a range", () => {
    expect(formatTimeRange(new Date(bell.startsAt), new Date(bell.endsAt), "Asia/Shanghai", "en")).toBe("09:00");
    expect(formatTimeRange(new Date(bell.startsAt), new Date("2017-12-01T01:30:00.000Z"), "Asia/Shanghai", "en")).toBe(
      "09:00–09:30",
    );
  });

  it("stays an instant when it is moved in the editor", () => {
    const window = dayWindow("2017-12-01", "Asia/Shanghai", []);
    const placed = placeAt(window, 10 * 60, 0);
    expect(placed.endsAt.getTime()).toBe(placed.startsAt.getTime());
  });

  it("has no DTEND in iCalendar (RFC 5545: it ends as it starts), and imports back as an instant", () => {
    const ics = buildCalendar(makeSnapshot({ sessions: [bell] }), {
      locale: "en",
      url: (g) => `https://podium.example/s/${g}`,
      stamp: new Date("2017-11-20T00:00:00Z"),
    });
    const [event] = parseEvents(ics);
    expect(event!.some((line) => line.startsWith("DTEND"))).toBe(false);
    const back = parseScheduleIcal(ics).document.events[0]!;
    expect(back).toMatchObject({ guid: bell.guid, start: bell.startsAt, durationMinutes: 0 });
  });

  it("is written with duration 00:00 in schedule XML", () => {
    const xml = exportScheduleXml(
      snapshotToDocument(makeSnapshot({ sessions: [bell] }), "https://podium.example/test-conf/"),
      { baseUrl: "https://podium.example/test-conf/", generatedAt: new Date(), version: "v1", generatorVersion: "0" },
    );
    expect(xml).toContain("<duration>00:00</duration>");
  });
});

describe("person ids in exports", () => {
  it("give every person a positive numeric id derived from the guid, the same whatever else the release holds", () => {
    const a = personIds(["AAAAAAAA-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"]);
    const b = personIds([
      "aaaaaaaa-0000-4000-8000-000000000001",
      "aaaaaaaa-0000-4000-8000-000000000003",
      "aaaaaaaa-0000-4000-8000-000000000002",
    ]);
    expect(a.get("aaaaaaaa-0000-4000-8000-000000000001")).toBe(b.get("aaaaaaaa-0000-4000-8000-000000000001"));
    expect(a.get("aaaaaaaa-0000-4000-8000-000000000002")).toBe(b.get("aaaaaaaa-0000-4000-8000-000000000002"));
    for (const id of b.values()) expect(id).toBeGreaterThan(0);
    expect(new Set(b.values()).size).toBe(3);
  });

  it("keep ids distinct across a thousand people", () => {
    const guids = Array.from({ length: 1000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    expect(new Set(personIds(guids).values()).size).toBe(1000);
  });

  it("write <person id guid> in schedule XML", () => {
    const speaker = { ...makeSpeaker(7, "王斌", "Wang Bin"), guid: "0b6f4e5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b" };
    const session = makeSession({ people: [{ speakerId: 7, role: "speaker" }] });
    const xml = exportScheduleXml(
      snapshotToDocument(
        makeSnapshot({ sessions: [session], speakers: [speaker] }),
        "https://podium.example/test-conf/",
      ),
      { baseUrl: "https://podium.example/test-conf/", generatedAt: new Date(), version: "v1", generatorVersion: "0" },
    );
    const id = personIds([speaker.guid]).get(speaker.guid)!;
    expect(xml).toContain(`<person id="${id}" guid="${speaker.guid}">王斌</person>`);
  });
});

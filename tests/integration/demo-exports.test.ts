import { describe, expect, it } from "vitest";
import { exportConference, type ExportFormat } from "@/db/interop/export-conference";
import { parseScheduleJson } from "@/lib/interop/schedule-json-import";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { scratchDemo } from "../support/scratch-database";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";

// Every export of the demo conference, as the command line and the routes make them.
describe("exports of the demo conference", () => {
  const t = scratchDemo();

  const run = (format: ExportFormat, draft = false) => {
    const result = exportConference(t.db, "china-netav-2017", format, {
      draft,
      origin: "https://podium.example",
      locale: "zh-CN",
    });
    if (!result.ok) throw new Error(result.message);
    return result.body;
  };

  it("writes schedule XML the XSD accepts, each forum recognisable as the track of its sessions", async () => {
    const xml = run("xml");
    expect(await validateScheduleXml(xml)).toEqual([]);
    const { document } = parseScheduleXml(xml);
    expect(document.conference.timeZone).toBe("Asia/Shanghai");
    const keynote = document.events.find((e) => e.title === "当大数据时代遇见网剧精品时代")!;
    expect(keynote).toMatchObject({
      room: "分论坛一厅",
      track: "网络剧高峰论坛",
      start: "2017-12-01T02:10:00.000Z",
      durationMinutes: 20,
    });
    expect(keynote.persons.map((p) => p.name)).toEqual(["王蓓蓓"]);
  });

  it("writes schedule JSON and schedule2 JSON their schemas accept, schedule2 with roles and forums as room groupings", () => {
    expect(validateScheduleJson(run("json"), "schema")).toEqual([]);
    const json2 = run("json2");
    expect(validateScheduleJson(json2, "schema2")).toEqual([]);
    const { document } = parseScheduleJson(json2);
    expect(document.groups.map((g) => g.name)).toContain("网络剧高峰论坛");
    const dialogue = document.events.find((e) => e.persons.some((p) => p.role === "moderator"))!;
    expect(dialogue.persons.some((p) => p.role === "panelist")).toBe(true);
  });

  it("writes the working programme with --draft, and refuses a conference that does not exist", () => {
    expect(validateScheduleJson(run("json", true), "schema")).toEqual([]);
    expect(
      exportConference(t.db, "no-such-conference", "xml", {
        draft: false,
        origin: "https://podium.example",
        locale: "en",
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("no-such-conference") });
  });

  it("writes an iCalendar with the zone and a CSV of sessions and speakers with private fields", () => {
    const ics = run("ics");
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("TZID:Asia/Shanghai");
    const csv = run("csv");
    expect(csv.startsWith("\uFEFFguid,")).toBe(true);
    expect(csv).toContain("当大数据时代遇见网剧精品时代");
    expect(run("csv-speakers")).toContain("wang-bin");
  });
});

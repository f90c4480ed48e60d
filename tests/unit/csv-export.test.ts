import { describe, expect, it } from "vitest";
import { sessionsCsv, speakersCsv } from "@/lib/interop/csv-export";
import { parseSessionsCsv, parseSpeakersCsv } from "@/lib/interop/csv-import";
import { exportHeader, sessionColumns, speakerColumns } from "@/lib/interop/csv-template";
import { noteInEnglish } from "@/lib/interop/import-english";
import { at, cellsOf, liXia, options, sessionRow, speakerRow, timeZone, wangBin, wangQin } from "./support/csv-rows";

describe("CSV export", () => {
  it("writes a BOM, the header, CRLF line ends and Chinese text as UTF-8", () => {
    const csv = sessionsCsv([sessionRow()], timeZone);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(exportHeader(sessionColumns).join(","));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(cellsOf(csv)[1]).toEqual([
      "5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37",
      "推原创之波，助精品之澜",
      "Riding the Wave of Originality, Lifting Quality Drama",
      "咪咕视讯科技有限公司CEO王斌发表主题演讲。",
      "",
      "2017-12-01 09:00",
      "2017-12-01 09:30",
      "分论坛一厅",
      "专业论坛",
      "web-drama-summit",
      "网络剧高峰论坛",
      "keynote",
      "zh",
      "confirmed",
      "王斌",
      wangBin.guid,
    ]);
  });

  it("quotes commas, quotes and line breaks", () => {
    const csv = sessionsCsv(
      [sessionRow({ title: 'IP, "跨平台"', abstract: "第一段\n第二段", titleEn: "plain" })],
      timeZone,
    );
    expect(csv).toContain('"IP, ""跨平台"""');
    expect(csv).toContain('"第一段\n第二段"');
    expect(cellsOf(csv)[1]![1]).toBe('IP, "跨平台"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = sessionsCsv(
      [
        sessionRow({
          title: '=HYPERLINK("http://evil.example","看")',
          titleEn: "+86 10 1234",
          abstract: "@SUM(1)",
          abstractEn: "-1+2",
          track: "\tx",
        }),
      ],
      timeZone,
    );
    const row = cellsOf(csv)[1]!;
    expect(row.slice(1, 5)).toEqual(['\'=HYPERLINK("http://evil.example","看")', "'+86 10 1234", "'@SUM(1)", "'-1+2"]);
    expect(row[8]).toBe("'\tx");
    // The import takes the apostrophe off again.
    const event = parseSessionsCsv(csv, options).document.events[0]!;
    expect([event.title, event.titleEn, event.abstract, event.abstractEn]).toEqual([
      '=HYPERLINK("http://evil.example","看")',
      "+86 10 1234",
      "@SUM(1)",
      "-1+2",
    ]);
  });

  it("writes drafts without time or room, and people with their roles", () => {
    const csv = sessionsCsv(
      [sessionRow({ status: "draft", startsAt: null, endsAt: null, room: null, people: [liXia, wangBin, wangQin] })],
      timeZone,
    );
    const row = cellsOf(csv)[1]!;
    expect([row[5], row[6], row[7], row[13]]).toEqual(["", "", "", "draft"]);
    expect(row[14]).toBe("李霞 [moderator]; 王斌; 王沁 [panelist]");
    expect(row[15]).toBe(`${liXia.guid}; ${wangBin.guid}; ${wangQin.guid}`);
  });

  it("writes speakers with their private fields", () => {
    const csv = speakersCsv([speakerRow()], timeZone);
    const [header, row] = cellsOf(csv);
    expect(header).toEqual(exportHeader(speakerColumns));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("account_email")).toBe("wang.bin@example.com");
    expect(cell("sessions")).toBe("3");
    expect(cell("unavailability")).toBe("2017-11-30 14:00–2017-11-30 18:00 集团会议");
    expect(cell("links")).toBe("website https://www.migu.cn; weibo https://weibo.com/migu 咪咕 微博");
    expect(cell("organization_en")).toBe("MIGU Video Technology Co., Ltd.");
    expect(cell("bio")).toBe("第一行\n第二行");
  });
});

describe("round trip", () => {
  it("exported sessions import as the same events", () => {
    const rows = [
      sessionRow(),
      sessionRow({
        guid: "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        title: "IP的跨平台运营",
        titleEn: "Cross-Platform Operation of IP",
        abstract: "嘉宾讨论IP的线上、线下运作。\n好的IP需要沉淀。",
        abstractEn: 'Guests discuss "IP", online and offline.',
        startsAt: at("2017-12-01T02:50:00Z"),
        endsAt: at("2017-12-01T03:30:00Z"),
        type: "panel",
        people: [liXia, wangQin],
      }),
      sessionRow({
        guid: "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
        title: "网络剧推介会",
        titleEn: null,
        status: "cancelled",
        room: "主会场",
        track: null,
        people: [],
      }),
      sessionRow({
        guid: "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b",
        title: "未定稿",
        status: "draft",
        startsAt: null,
        endsAt: null,
        room: null,
      }),
    ];
    const { document, ignored } = parseSessionsCsv(sessionsCsv(rows, timeZone), options);
    expect(ignored.map(noteInEnglish)).toEqual([expect.objectContaining({ where: "line 6", count: 1 })]);
    expect(document.rooms.map((r) => r.name)).toEqual(["分论坛一厅", "主会场"]);
    expect(document.groups).toEqual([
      { slug: "web-drama-summit", name: "网络剧高峰论坛", nameEn: null, date: "2017-12-01" },
    ]);
    expect(document.events[1]!.start).toBe("2017-12-01T02:50:00.000Z");
    expect(
      document.events.map((e) => ({
        guid: e.guid,
        title: e.title,
        titleEn: e.titleEn,
        abstract: e.abstract,
        abstractEn: e.abstractEn,
        minutes: e.durationMinutes,
        room: e.room,
        track: e.track,
        type: e.type,
        cancelled: e.cancelled,
        people: e.persons,
      })),
    ).toEqual(
      rows.slice(0, 3).map((r) => ({
        guid: r.guid,
        title: r.title,
        titleEn: r.titleEn,
        abstract: r.abstract,
        abstractEn: r.abstractEn,
        minutes: (r.endsAt!.getTime() - r.startsAt!.getTime()) / 60_000,
        room: r.room,
        track: r.track,
        type: r.type,
        cancelled: r.status === "cancelled",
        people: r.people.map((p) => ({ ...p, id: null })),
      })),
    );
    expect(document.events.map((e) => e.start)).toEqual(rows.slice(0, 3).map((r) => r.startsAt!.toISOString()));
  });

  it("exported speakers import as the same profiles", () => {
    const original = speakerRow();
    const [row] = parseSpeakersCsv(
      speakersCsv(
        [
          original,
          speakerRow({
            guid: wangQin.guid,
            slug: "wang-qin",
            name: "王沁",
            links: [],
            photo: null,
            unavailability: [],
          }),
        ],
        timeZone,
      ),
    ).rows;
    // Everything but the export-only columns comes back; an empty English bio as "", times on the local clock.
    const { accountEmail, sessions, ...profile } = original;
    void [accountEmail, sessions];
    expect(row).toEqual({
      ...profile,
      line: 2,
      bioEn: "",
      unavailability: [{ startsAt: "2017-11-30T14:00", endsAt: "2017-11-30T18:00", note: "集团会议" }],
    });
  });
});

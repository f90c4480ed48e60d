import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sessionsCsv, speakersCsv, type SessionExportRow, type SpeakerExportRow } from "@/lib/interop/csv-export";
import { CsvFormatError, parseSessionsCsv, parseSpeakersCsv } from "@/lib/interop/csv-import";
import { exportHeader, sessionColumns, speakerColumns } from "@/lib/interop/csv-template";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { noteInEnglish } from "@/lib/interop/import-english";

const timeZone = "Asia/Shanghai";
const options = { timeZone, acronym: "china-netav-2017", title: "第五届中国网络视听大会" };
const example = (name: string) => readFileSync(path.join(import.meta.dirname, "../../docs/examples", name), "utf8");
/** The cells as a spreadsheet sees them, without the BOM. */
const cellsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, "")) as string[][];
const at = (iso: string) => new Date(iso);

const wangBin = { name: "王斌", guid: "0d9a4c2b-61f3-4b8e-a2d7-5c3e9f1a7b20", role: "speaker" as const };
const liXia = { name: "李霞", guid: "7e1b3f5a-2c4d-4e6f-8a9b-0c1d2e3f4a5b", role: "moderator" as const };
const wangQin = { name: "王沁", guid: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", role: "panelist" as const };

const sessionRow = (over: Partial<SessionExportRow> = {}): SessionExportRow => ({
  guid: "5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37",
  title: "推原创之波，助精品之澜",
  titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
  abstract: "咪咕视讯科技有限公司CEO王斌发表主题演讲。",
  abstractEn: null,
  startsAt: at("2017-12-01T01:00:00Z"),
  endsAt: at("2017-12-01T01:30:00Z"),
  room: "分论坛一厅",
  track: "专业论坛",
  forumSlug: "web-drama-summit",
  forumName: "网络剧高峰论坛",
  type: "keynote",
  language: "zh",
  status: "confirmed",
  people: [wangBin],
  ...over,
});

const speakerRow = (over: Partial<SpeakerExportRow> = {}): SpeakerExportRow => ({
  guid: wangBin.guid,
  slug: "wang-bin",
  name: "王斌",
  nameEn: "Wang Bin",
  position: "CEO",
  positionEn: "CEO",
  organization: "咪咕视讯科技有限公司",
  organizationEn: "MIGU Video Technology Co., Ltd.",
  bio: "第一行\n第二行",
  bioEn: null,
  links: [
    { kind: "website", url: "https://www.migu.cn" },
    { kind: "weibo", url: "https://weibo.com/migu", label: "咪咕 微博" },
  ],
  photo: "https://img.example.com/wang-bin.jpg",
  accountEmail: "wang.bin@example.com",
  sessions: 3,
  unavailability: [{ startsAt: at("2017-11-30T06:00:00Z"), endsAt: at("2017-11-30T10:00:00Z"), note: "集团会议" }],
  ...over,
});

function failure(run: () => unknown): CsvFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toBeInstanceOf(ScheduleFormatError);
    return error as CsvFormatError;
  }
  throw new Error("expected the file to be refused");
}

const sessionsHeader = "title,start,end,room,speakers";

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

describe("the example files", () => {
  it("docs/examples/sessions.csv parses into the demo programme", () => {
    const { document, ignored } = parseSessionsCsv(example("sessions.csv"), options);
    expect(ignored).toEqual([]);
    expect(document.conference).toMatchObject({
      startDate: "2017-11-29",
      endDate: "2017-12-01",
      timeZone,
      languages: ["zh"],
    });
    expect(document.rooms.map((r) => r.name)).toEqual(["主会场", "分论坛一厅"]);
    expect(document.tracks.map((t) => t.name)).toEqual(["大会主体活动", "专业论坛"]);
    expect(document.groups).toEqual([
      { slug: "opening-ceremony", name: "开幕式", nameEn: null, date: "2017-11-29" },
      { slug: "web-drama-summit", name: "网络剧高峰论坛", nameEn: null, date: "2017-12-01" },
    ]);
    const [opening, keynote, talk, panel, showcase] = document.events;
    expect(opening).toMatchObject({
      guid: null,
      type: "ceremony",
      start: "2017-11-29T01:00:00.000Z",
      durationMinutes: 60,
      persons: [],
    });
    expect(keynote).toMatchObject({
      guid: "5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37",
      titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
      start: "2017-12-01T01:00:00.000Z",
      durationMinutes: 30,
    });
    expect(keynote!.persons).toEqual([{ name: "王斌", guid: null, id: null, role: "speaker" }]);
    expect(talk).toMatchObject({
      start: "2017-12-01T01:30:00.000Z",
      durationMinutes: 20,
      cancelled: false,
      abstractEn: null,
    });
    expect(panel!.abstract).toBe(
      "嘉宾从各自细分领域和市场背景出发，讨论IP的线上、线下运作与目标受众定制。\n好的IP不仅需要沉淀，更需要突破国界和文化背景。",
    );
    expect(panel!.persons.map((p) => `${p.name}/${p.role}`)).toEqual([
      "李霞/moderator",
      "王沁/panelist",
      "冯伟/panelist",
      "黄硕/panelist",
      "高文韬/panelist",
    ]);
    expect(showcase).toMatchObject({ title: "网络剧推介会", cancelled: true });
  });

  it("docs/examples/speakers.csv parses into speaker rows", () => {
    const { rows, ignored } = parseSpeakersCsv(example("speakers.csv"));
    expect(ignored).toEqual([]);
    expect(rows.map((r) => [r.line, r.slug, r.name])).toEqual([
      [2, "wang-bin", "王斌"],
      [3, "ma-zhongjun", "马中骏"],
      [4, "li-xia", "李霞"],
      // 李霞's two biographies take two lines each.
      [7, "gao-wentao", "高文韬"],
      [8, "wu-bai", "五百"],
    ]);
    expect(rows[0]).toMatchObject({
      guid: "0d9a4c2b-61f3-4b8e-a2d7-5c3e9f1a7b20",
      links: [{ kind: "website", url: "https://www.migu.cn" }],
      photo: null,
    });
    expect(rows[0]!.unavailability).toEqual([
      { startsAt: "2017-11-30T14:00", endsAt: "2017-11-30T18:00", note: "集团会议" },
    ]);
    expect(rows[2]!.bio).toBe("容艺教育创始人，知名电影制片人。\n主持本届网络剧高峰论坛的两场对话。");
    expect(rows[3]!.positionEn).toBe("Partner; General Manager, East China");
    expect(rows[3]!.links!.map((l) => l.kind)).toEqual(["website", "weibo"]);
    expect(rows[4]).toMatchObject({ organization: "", unavailability: [], links: [] });
  });
});

describe("the examples in docs/csv-template.md", () => {
  const blocks = [
    ...readFileSync(path.join(import.meta.dirname, "../../docs/csv-template.md"), "utf8").matchAll(
      /```csv\n([\s\S]*?)```/g,
    ),
  ].map((m) => m[1]!);

  it("parse as the page says", () => {
    expect(blocks).toHaveLength(2);
    const { document } = parseSessionsCsv(blocks[0]!, options);
    expect(document.events[0]!.start).toBe("2017-12-01T01:00:00.000Z");
    expect(document.events[1]!.persons.map((p) => p.role)).toEqual(["moderator", "panelist", "panelist"]);
    expect(parseSpeakersCsv(blocks[1]!).rows.map((r) => r.slug)).toEqual(["wang-bin", "gao-wentao"]);
  });
});

describe("what a sessions import refuses", () => {
  const cases: Array<[string, string, number, string | null, RegExp]> = [
    ["no title column", "start,end,room\n2017-12-01 09:00,2017-12-01 10:00,A", 1, "title", /no column title/],
    ["no start column", "title,end,room\nT,2017-12-01 10:00,A", 1, "start", /no column start/],
    ["no room column", "title,start,end\nT,2017-12-01 09:00,2017-12-01 10:00", 1, "room", /no column room/],
    [
      "a row without title",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,\n ,2017-12-01 09:00,2017-12-01 10:00,A,`,
      3,
      "title",
      /needs a title/,
    ],
    [
      "an impossible date",
      `${sessionsHeader}\nT,2017-11-31 09:00,2017-12-01 10:00,A,`,
      2,
      "start",
      /cannot read “2017-11-31 09:00”/,
    ],
    ["an unreadable start", `${sessionsHeader}\nT,明天上午,2017-12-01 10:00,A,`, 2, "start", /cannot read/],
    [
      "an end before the start",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 08:30,A,`,
      2,
      "end",
      /not after the start/,
    ],
    [
      "an end equal to the start",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 09:00,A,`,
      2,
      "end",
      /not after the start/,
    ],
    ["neither end nor duration", `${sessionsHeader}\nT,2017-12-01 09:00,,A,`, 2, "end", /duration/],
    [
      "a duration of zero",
      "title,start,end,duration,room\nT,2017-12-01 09:00,,0,A",
      2,
      "duration",
      /whole number of minutes/,
    ],
    [
      "a fractional duration",
      "title,start,end,duration,room\nT,2017-12-01 09:00,,1.5,A",
      2,
      "duration",
      /whole number of minutes/,
    ],
    [
      "end and duration disagreeing",
      "title,start,end,duration,room\nT,2017-12-01 09:00,2017-12-01 10:00,30,A",
      2,
      "duration",
      /disagrees/,
    ],
    [
      "an unknown role",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,王斌 [keynote]`,
      2,
      "speakers",
      /unknown role “keynote”/,
    ],
    [
      "a bracket without a role",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,王斌 [moderator`,
      2,
      "speakers",
      /Name \[role\]/,
    ],
    ["a row without room", `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,,`, 2, "room", /needs a room/],
    [
      "an unknown status",
      "title,start,end,room,status\nT,2017-12-01 09:00,2017-12-01 10:00,A,postponed",
      2,
      "status",
      /unknown status/,
    ],
    [
      "a guid twice",
      "guid,title,start,end,room\ng1,T,2017-12-01 09:00,2017-12-01 10:00,A\ng1,U,2017-12-01 10:00,2017-12-01 11:00,A",
      3,
      "guid",
      /already on line 2/,
    ],
    [
      "fewer guids than people",
      `${sessionsHeader},speaker_guids\nT,2017-12-01 09:00,2017-12-01 10:00,A,王斌; 李霞,${wangBin.guid}`,
      2,
      "speaker_guids",
      /1 guids for 2 people/,
    ],
    [
      "a speaker guid that is no UUID",
      `${sessionsHeader},speaker_guids\nT,2017-12-01 09:00,2017-12-01 10:00,A,王斌,wang`,
      2,
      "speaker_guids",
      /not a UUID/,
    ],
    [
      "a forum that is no slug",
      "title,start,end,room,forum\nT,2017-12-01 09:00,2017-12-01 10:00,A,网络剧",
      2,
      "forum",
      /not a slug/,
    ],
    [
      "a bad language tag",
      "title,start,end,room,language\nT,2017-12-01 09:00,2017-12-01 10:00,A,中文",
      2,
      "language",
      /language tag/,
    ],
    [
      "a column named twice",
      "title,start,end,room,Title\nT,2017-12-01 09:00,2017-12-01 10:00,A,U",
      1,
      "title",
      /appears twice/,
    ],
    [
      "cells beyond the header",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,王斌,extra`,
      2,
      null,
      /header names only 5 columns/,
    ],
    [
      "an unclosed quote",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,\n"T2,2017-12-01 10:00,2017-12-01 11:00,A,\nT3,2017-12-01 11:00,2017-12-01 12:00,A,\n`,
      3,
      null,
      /never closed/,
    ],
    [
      "a quote inside a bare cell",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,\nT"2,2017-12-01 10:00,2017-12-01 11:00,A,`,
      3,
      null,
      /malformed CSV/,
    ],
    [
      "a file saved as GBK",
      `${sessionsHeader}\nT,2017-12-01 09:00,2017-12-01 10:00,A,\n\uFFFD\uFFFD,2017-12-01 10:00,2017-12-01 11:00,A,`,
      3,
      null,
      /not UTF-8/,
    ],
    ["an empty file", "\uFEFF\r\n\r\n", 1, null, /empty/],
  ];

  it.each(cases)("%s", (_, text, line, column, message) => {
    const error = failure(() => parseSessionsCsv(text, options));
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toMatch(message);
    expect(error.where).toBe(column ? `line ${line}, column ${column}` : `line ${line}`);
  });

  it("counts lines of quoted cells that span several lines", () => {
    const text = `${sessionsHeader},abstract\nT,2017-12-01 09:00,2017-12-01 10:00,A,,"一\n二\n三"\n\nU,2017-12-01 10:00,2017-12-01 09:00,A,,`;
    expect(failure(() => parseSessionsCsv(text, options))).toMatchObject({ line: 6, column: "end" });
  });
});

describe("what a sessions import tolerates", () => {
  it("BOM, mixed line ends, blank and comma-only lines, spaces, header case, unknown columns", () => {
    const text =
      "\uFEFF Title , Start,END,room,Notes,speakers,\r\n" +
      "  开幕式 , 2017-11-29 09:00 ,2017-11-29 10:00, 主会场 ,备注,  王斌 ;  李霞 ［moderator］ ； ,\n" +
      ",,,,,,\r\n\r\n" +
      "午餐,2017/11/29 12:00,2017-11-29T13:30+08:00,主会场,,,\n\n\n";
    const { document, ignored } = parseSessionsCsv(text, options);
    expect(ignored.map(noteInEnglish)).toEqual([{ what: 'column "Notes"', where: "header", count: 1 }]);
    expect(document.events.map((e) => [e.title, e.start, e.durationMinutes, e.room])).toEqual([
      ["开幕式", "2017-11-29T01:00:00.000Z", 60, "主会场"],
      ["午餐", "2017-11-29T04:00:00.000Z", 90, "主会场"],
    ]);
    expect(document.events[0]!.persons.map((p) => [p.name, p.role])).toEqual([
      ["王斌", "speaker"],
      ["李霞", "moderator"],
    ]);
    expect(document.groups).toEqual([]);
    expect(document.events[0]!.group).toBeNull();
  });

  it("skips draft rows and reports them", () => {
    const text = `${sessionsHeader},status\nT,2017-12-01 09:00,2017-12-01 10:00,A,,draft\nU,2017-12-01 10:00,2017-12-01 11:00,A,,confirmed\nV,,,,,draft`;
    const { document, ignored } = parseSessionsCsv(text, options);
    expect(document.events.map((e) => e.title)).toEqual(["U"]);
    expect(ignored.map(noteInEnglish)).toEqual([expect.objectContaining({ where: "line 2", count: 2 })]);
  });

  it("gives a forum named without a slug one slug, dated by its earliest session", () => {
    const text =
      "title,start,end,room,forum_name\nB,2017-12-01 10:00,2017-12-01 11:00,A,网络剧高峰论坛\nA,2017-11-30 23:00,2017-11-30 23:30,A,网络剧高峰论坛";
    const { document } = parseSessionsCsv(text, options);
    expect(document.groups).toEqual([{ slug: "forum", name: "网络剧高峰论坛", nameEn: null, date: "2017-11-30" }]);
    expect(document.events.map((e) => e.group)).toEqual(["forum", "forum"]);
  });
});

describe("speakers import", () => {
  const header = "guid,slug,name,links,photo,unavailability";
  const cases: Array<[string, string, number, string | null, RegExp]> = [
    ["no name column", "slug,bio\nwang-bin,x", 1, "name", /no column name/],
    ["a row without name", `${header}\n,wang-bin,,,,`, 2, "name", /needs a name/],
    ["a javascript: link", `${header}\n,,王斌,website javascript:alert(1),,`, 2, "links", /https:\/\/ or http:\/\//],
    ["a bare javascript: link", `${header}\n,,王斌,javascript:alert(1),,`, 2, "links", /https:\/\/ or http:\/\//],
    ["an ftp link", `${header}\n,,王斌,other ftp://files.example.com/cv.pdf,,`, 2, "links", /https:\/\/ or http:\/\//],
    ["an unknown link kind", `${header}\n,,王斌,myspace https://myspace.com/x,,`, 2, "links", /unknown link kind/],
    ["an http photo", `${header}\n,,王斌,,http://img.example.com/a.jpg,`, 2, "photo", /https/],
    ["an unreadable time", `${header}\n,,王斌,,,下午`, 2, "unavailability", /cannot read/],
    [
      "a time ending before it starts",
      `${header}\n,,王斌,,,2017-11-30 18:00–2017-11-30 14:00`,
      2,
      "unavailability",
      /ends before/,
    ],
    ["a bad slug", `${header}\n,Wang Bin,王斌,,,`, 2, "slug", /not a slug/],
    ["a bad guid", `${header}\nwang,,王斌,,,`, 2, "guid", /not a UUID/],
    ["a slug twice", `${header}\n,wang-bin,王斌,,,\n,wang-bin,王斌二,,,`, 3, "slug", /already on line 2/],
    ["a long position", `name,position\n王斌,${"长".repeat(201)}`, 2, "position", /at most 200/],
  ];

  it.each(cases)("refuses %s", (_, text, line, column, message) => {
    const error = failure(() => parseSpeakersCsv(text));
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toMatch(message);
  });

  it("leaves out fields whose column is missing and reports export-only columns as ignored", () => {
    const { rows, ignored } = parseSpeakersCsv("name,account_email,sessions,position\n王斌,wang@example.com,3,\n");
    expect(rows).toEqual([{ line: 2, guid: null, slug: null, name: "王斌", position: "" }]);
    expect(ignored.map(noteInEnglish)).toEqual([
      { what: 'column "account_email"', where: "header", count: 1 },
      { what: 'column "sessions"', where: "header", count: 1 },
    ]);
  });

  it("takes a bare address as a website, full-width separators and a same-day end", () => {
    const { rows } = parseSpeakersCsv(
      "name,links,unavailability\n王斌,https://www.migu.cn；weibo https://weibo.com/migu,2017-11-30 9:00-12:00 会议；2017/12/1 14:00–2017-12-01 15:00\n",
    );
    expect(rows[0]!.links).toEqual([
      { kind: "website", url: "https://www.migu.cn" },
      { kind: "weibo", url: "https://weibo.com/migu" },
    ]);
    expect(rows[0]!.unavailability).toEqual([
      { startsAt: "2017-11-30T09:00", endsAt: "2017-11-30T12:00", note: "会议" },
      { startsAt: "2017-12-01T14:00", endsAt: "2017-12-01T15:00", note: "" },
    ]);
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
    expect(row).toEqual({
      line: 2,
      guid: original.guid,
      slug: "wang-bin",
      name: "王斌",
      nameEn: "Wang Bin",
      position: "CEO",
      positionEn: "CEO",
      organization: "咪咕视讯科技有限公司",
      organizationEn: "MIGU Video Technology Co., Ltd.",
      bio: "第一行\n第二行",
      bioEn: "",
      links: original.links,
      photo: original.photo,
      unavailability: [{ startsAt: "2017-11-30T14:00", endsAt: "2017-11-30T18:00", note: "集团会议" }],
    });
  });
});

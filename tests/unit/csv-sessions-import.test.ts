import { describe, expect, it } from "vitest";
import { parseSessionsCsv } from "@/lib/interop/csv-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { failure, options, sessionsHeader, wangBin } from "./support/csv-rows";

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

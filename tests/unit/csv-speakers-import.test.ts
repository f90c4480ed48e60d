import { describe, expect, it } from "vitest";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { failure } from "./support/csv-rows";

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

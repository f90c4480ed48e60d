import { describe, expect, it } from "vitest";
import { paginate } from "@/lib/api/paginate";
import { pageParams, parseQuery, sessionListParams } from "@/lib/api/query";

const parse = (query: string) => parseQuery(new URLSearchParams(query), sessionListParams);
const refused = (query: string) => {
  const result = parse(query);
  return result.ok ? null : result.parameter;
};

describe("API query parameters", () => {
  it("reads every filter and the page, and ignores parameters it does not know", () => {
    expect(
      parse(
        "day=2017-12-01&forum=web-drama-summit&room=forum-hall-1&speaker=wang-bin&changedSince=2017-11-20T10:00:00%2B08:00&limit=20&offset=40&utm_source=x",
      ),
    ).toEqual({
      ok: true,
      value: {
        day: "2017-12-01",
        forum: "web-drama-summit",
        room: "forum-hall-1",
        speaker: "wang-bin",
        changedSince: "2017-11-20T10:00:00+08:00",
        limit: 20,
        offset: 40,
      },
    });
    expect(parse("")).toEqual({ ok: true, value: {} });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["limit=abc", "limit"],
    ["limit=1e1", "limit"],
    ["limit=5.0", "limit"],
    ["limit=", "limit"],
    ["limit=-1", "limit"],
    ["offset=-1", "offset"],
    ["offset=1.5", "offset"],
    ["day=2017-13-01", "day"],
    ["day=2017-02-30", "day"],
    ["day=20171201", "day"],
    ["changedSince=yesterday", "changedSince"],
    ["changedSince=2017-11-20", "changedSince"],
    ["changedSince=2017-11-20T02:00:00", "changedSince"],
    ["forum=Web_Drama", "forum"],
    ["speaker=%E7%8E%8B%E6%96%8C", "speaker"],
    ["room=a--b", "room"],
    ["day=2017-12-01&day=2017-11-30", "day"],
  ])("refuses %s and names %s", (query, parameter) => {
    expect(refused(query)).toBe(parameter);
  });

  it("says what a refused parameter should have been", () => {
    expect(parse("limit=500")).toEqual({
      ok: false,
      parameter: "limit",
      message: "limit must be a whole number from 1 to 200.",
    });
    expect(parse("limit=1&limit=2")).toMatchObject({
      ok: false,
      parameter: "limit",
      message: expect.stringContaining("only once"),
    });
  });

  it("accepts the edges of the page size", () => {
    expect(parseQuery(new URLSearchParams("limit=1&offset=0"), pageParams)).toEqual({
      ok: true,
      value: { limit: 1, offset: 0 },
    });
    expect(parseQuery(new URLSearchParams("limit=200"), pageParams)).toEqual({ ok: true, value: { limit: 200 } });
  });
});

describe("pagination", () => {
  const items = Array.from({ length: 12 }, (_, i) => i);
  const url = new URL("https://podium.example/api/v1/conferences/c/sessions?forum=f&limit=5");

  it("defaults to 50 items from the start", () => {
    expect(paginate(items, {}, url)).toEqual({ data: items, page: { limit: 50, offset: 0, total: 12, next: null } });
  });

  it("links the next page with the same filters and the offset moved on", () => {
    const first = paginate(items, { limit: 5 }, url);
    expect(first.data).toEqual([0, 1, 2, 3, 4]);
    expect(first.page).toEqual({
      limit: 5,
      offset: 0,
      total: 12,
      next: "https://podium.example/api/v1/conferences/c/sessions?forum=f&limit=5&offset=5",
    });
    const last = paginate(items, { limit: 5, offset: 10 }, new URL(first.page.next!));
    expect(last.data).toEqual([10, 11]);
    expect(last.page.next).toBeNull();
  });

  it("has no next page when the page ends exactly at the last item, and is empty past the end", () => {
    expect(paginate(items, { limit: 6, offset: 6 }, url).page.next).toBeNull();
    expect(paginate(items, { limit: 5, offset: 100 }, url)).toEqual({
      data: [],
      page: { limit: 5, offset: 100, total: 12, next: null },
    });
  });
});

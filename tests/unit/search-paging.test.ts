import { describe, expect, it } from "vitest";
import { pagerPages, parseSearchPage, searchPageHref } from "@/lib/search/paging";
import { pageOfHits, type SearchHits } from "@/lib/search/results";

const hit = (ref: string) => ({
  slug: ref,
  guid: ref,
  name: ref,
  sortKey: ref,
  startsAt: ref,
  score: 1,
  matchedFields: [],
});
function hits(forums: number, speakers: number, sessions: number): SearchHits {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => hit(`${prefix}${i + 1}`));
  return {
    forums: many("f", forums),
    speakers: many("p", speakers),
    sessions: many("s", sessions),
    total: { forums, speakers, sessions },
  };
}
const refs = (page: ReturnType<typeof pageOfHits>) => [
  ...page.forums.map((h) => h.slug),
  ...page.speakers.map((h) => h.slug),
  ...page.sessions.map((h) => h.guid),
];

describe("pages of search results", () => {
  it("reads forums, speakers and sessions as one list, a page at a time, with the totals on every page", () => {
    const all = hits(2, 3, 78);
    const first = pageOfHits(all, 1, 20);
    expect(refs(first).slice(0, 7)).toEqual(["f1", "f2", "p1", "p2", "p3", "s1", "s2"]);
    expect(first.sessions).toHaveLength(15);
    expect(first.paging).toEqual({ page: 1, pages: 5, perPage: 20 });
    expect(refs(pageOfHits(all, 2, 20))).toEqual(Array.from({ length: 20 }, (_, i) => `s${i + 16}`));
    const last = pageOfHits(all, 5, 20);
    expect(refs(last)).toEqual(["s76", "s77", "s78"]);
    expect(last.total).toEqual({ forums: 2, speakers: 3, sessions: 78 });
  });

  it("answers a page past the last with the last, and anything odd with the first", () => {
    expect(pageOfHits(hits(0, 0, 78), 99, 20).paging.page).toBe(4);
    expect(pageOfHits(hits(0, 0, 78), 0, 20).paging.page).toBe(1);
    expect(pageOfHits(hits(0, 0, 78), Number.NaN, 20).paging.page).toBe(1);
    expect(pageOfHits(hits(0, 0, 0), 3, 20)).toMatchObject({ sessions: [], paging: { page: 1, pages: 1 } });
  });

  it("reads ?page= as a whole number from 1", () => {
    expect(["2", "10", ["3", "4"]].map(parseSearchPage)).toEqual([2, 10, 3]);
    for (const odd of [undefined, "", "0", "-1", "1.5", "01", "x", "1234567"]) expect(parseSearchPage(odd)).toBe(1);
  });

  it("links the first page without a number, the others with one", () => {
    expect(searchPageHref("fosdem-2025", "kernel", 1)).toBe("/fosdem-2025/search?q=kernel");
    expect(searchPageHref("c", "网络 剧", 3)).toBe("/c/search?q=%E7%BD%91%E7%BB%9C+%E5%89%A7&page=3");
  });

  it("shows every page when there are few, else the ends and the neighbours of the current one", () => {
    expect(pagerPages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerPages(1, 20)).toEqual([1, 2, null, 20]);
    expect(pagerPages(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pagerPages(19, 20)).toEqual([1, null, 18, 19, 20]);
  });
});

import { describe, expect, it } from "vitest";
import { canonicalPage, publicPageRequest, releaseFacts, type ReleaseFacts } from "@/lib/serving/page-key";
import { makeSession, makeSnapshot } from "../support/snapshot-factory";

// Sessions on the last day in hall-1 only; hall-2 exists but nothing uses it.
const facts: ReleaseFacts = releaseFacts(makeSnapshot({ sessions: [makeSession({ kind: "keynote" }), makeSession()] }));
const before = new Date("2017-11-01T00:00:00Z");
const during = new Date("2017-11-30T04:00:00Z");

function canonical(url: string, now = before) {
  const request = publicPageRequest(url, {});
  return request && canonicalPage(request, facts, now);
}

describe("which requests may be answered from rendered pages", () => {
  it("takes the public pages of a conference", () => {
    expect(publicPageRequest("/china-netav-2017", {})).toMatchObject({
      conference: "china-netav-2017",
      path: "/china-netav-2017",
    });
    expect(publicPageRequest("/c/sessions/0b7f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b", {})?.path).toBe(
      "/c/sessions/0b7f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    );
    expect(publicPageRequest("/c/speakers/wang-bin", {})?.path).toBe("/c/speakers/wang-bin");
    expect(publicPageRequest("/c/schedule.xml", {})?.path).toBe("/c/schedule.xml");
    // The list of room screens depends on the release alone.
    expect(publicPageRequest("/c/screens?lang=en", {})).toMatchObject({ path: "/c/screens", params: {} });
  });

  it("leaves everything else to Next.js", () => {
    for (const url of [
      "/",
      "/admin",
      "/admin/c",
      "/signin",
      "/me",
      "/api/v1/conferences",
      "/c/sessions/not-a-guid",
      "/c/my-agenda?sessions=x",
      // The clock's now: rendered for every request, never kept.
      "/c/now",
      "/c/now?at=2017-12-01T09:35",
      "/c/now.json",
      "/c/screens/hall-1",
      "/c/screens/hall-1?lang=both",
      "/c/agenda/",
      "/C/agenda",
      "/c/x/y/z",
      "/_next/static/x.js",
      "/media/photos/a.webp",
      "/c/%E0%A4%A",
      "/%ZZ/agenda",
    ]) {
      expect(publicPageRequest(url, {}), url).toBeNull();
    }
    expect(publicPageRequest("/c/agenda", { rsc: "1" })).toBeNull();
    expect(publicPageRequest("/c/agenda", { nextRouterPrefetch: "1" })).toBeNull();
  });

  it("knows a release's default language and what its agenda accepts", () => {
    expect(facts).toEqual({
      defaultLocale: "zh-CN",
      timeZone: "Asia/Shanghai",
      agenda: {
        days: ["2017-11-29", "2017-11-30", "2017-12-01"],
        forums: ["web-drama-summit"],
        tracks: [],
        rooms: ["hall-1"],
      },
    });
  });
});

describe("the one page a request stands for", () => {
  it("drops unknown parameters and values the agenda would ignore", () => {
    for (const query of [
      "",
      "?day=garbage",
      "?view=xyz",
      "?forum=nope",
      "?room=hall-2",
      "?kind=lecture",
      "?utm_source=x&fbclid=y",
      `?day=${"9".repeat(500)}`,
      "?day=%E0%A4%A",
    ]) {
      expect(canonical(`/c/agenda${query}`), query).toMatchObject({
        url: "/c/agenda",
        page: "/c/agenda",
        group: null,
        languageFree: false,
      });
    }
  });

  it("reads repeated parameters once, the first as the page does, and writes them in the app's own order", () => {
    const page = canonical(
      "/c/agenda?room=hall-1&kind=talk&day=2017-12-01&view=list&day=2017-11-29&forum=web-drama-summit&view=grid",
    );
    expect(page).toMatchObject({
      url: "/c/agenda?day=2017-12-01&forum=web-drama-summit&kind=talk&room=hall-1",
      group: "filters",
    });
    expect(canonical("/c/agenda?day=2017-12-01&view=grid")?.url).toBe("/c/agenda?view=grid&day=2017-12-01");
    expect(canonical("/c/agenda?view=grid&day=2017-12-01&x=1")?.group).toBeNull();
    // A day's forum alone is what a large day's closed groups load: bounded by the release, kept like the day.
    expect(canonical("/c/agenda?day=2017-12-01&forum=web-drama-summit")?.group).toBeNull();
    expect(canonical("/c/agenda?day=2017-12-01&forum=web-drama-summit&kind=talk")?.group).toBe("filters");
    // The list is what an agenda shows without `view`: asking for it is the same page.
    expect(canonical("/c/agenda?view=list&day=2017-12-01")?.page).toBe("/c/agenda?day=2017-12-01");
  });

  it("keeps the agenda without a day apart per day while the conference runs (it shows today's)", () => {
    expect(canonical("/c/agenda", during)).toMatchObject({ url: "/c/agenda", page: "/c/agenda#today=2017-11-30" });
    expect(canonical("/c/agenda?day=nope", during)?.page).toBe("/c/agenda#today=2017-11-30");
    expect(canonical("/c/agenda?day=2017-12-01", during)?.page).toBe("/c/agenda?day=2017-12-01");
  });

  it("keeps search results in their own bounded group, and leaves long terms to Next.js", () => {
    expect(canonical("/c/search?q=%E5%92%AA%E5%92%95&q=other&page=2&page=3")).toMatchObject({
      url: "/c/search?q=%E5%92%AA%E5%92%95&page=2",
      group: "search",
    });
    expect(canonical("/c/search?q=a+b")?.url).toBe("/c/search?q=a+b");
    // The first page has one address; what is not a page number is the first page.
    for (const page of ["1", "0", "-2", "2.5", "x", "", "9999999"])
      expect(canonical(`/c/search?q=a&page=${page}`)?.url, page).toBe("/c/search?q=a");
    expect(canonical("/c/search")).toMatchObject({ url: "/c/search", group: null });
    expect(canonical(`/c/search?q=${"x".repeat(101)}`)).toBeNull();
  });

  it("keeps the speakers by initial and by a typed filter, one address for each", () => {
    expect(canonical("/c/speakers?letter=k&x=1")).toMatchObject({ url: "/c/speakers?letter=K", group: null });
    expect(canonical("/c/speakers?letter=other")?.url).toBe("/c/speakers?letter=other");
    expect(canonical("/c/speakers?letter=kk")?.url).toBe("/c/speakers");
    // A typed filter looks through everyone, whatever the initial.
    expect(canonical("/c/speakers?letter=K&q=+Linus+")).toMatchObject({ url: "/c/speakers?q=Linus", group: "search" });
    expect(canonical("/c/speakers?q=")?.url).toBe("/c/speakers");
    expect(canonical(`/c/speakers?q=${"x".repeat(101)}`)).toBeNull();
  });

  it("drops every parameter of pages that read none, and keeps exports language-free", () => {
    expect(canonical("/c/speakers/wang-bin?ref=mail")).toMatchObject({
      url: "/c/speakers/wang-bin",
      group: null,
      languageFree: false,
    });
    expect(canonical("/c/schedule.xml?v=2")).toMatchObject({ url: "/c/schedule.xml", languageFree: true });
    expect(canonical("/c/schedule.ics")?.languageFree).toBe(false);
  });
});

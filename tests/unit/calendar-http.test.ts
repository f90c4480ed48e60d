import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { GET as getSessionCalendar } from "@/app/[locale]/(public)/[conference]/sessions/[session]/calendar.ics/route";
import { GET as getMyAgenda } from "@/app/[locale]/(public)/[conference]/my-agenda.ics/route";
import { GET as getSchedule } from "@/app/[locale]/(public)/[conference]/schedule.ics/route";
import type { PublicProgramme } from "@/db/queries/public";
import { calendarResponse, contentDisposition, maxSelection, parseSessionSelection } from "@/lib/calendar/http";
import { makeSession, makeSnapshot } from "../support/snapshot-factory";
import { parseEvents, prop, unfold } from "../support/ics";

// The routes read the conference at its revision; here that is a small release.
const readPublishedProgramme = vi.hoisted(() => vi.fn<(slug: string) => Promise<PublicProgramme | null>>());
vi.mock("@/db/queries/public", () => ({ readPublishedProgramme }));

const stamp = new Date("2017-11-20T08:30:00.000Z");

describe("calendar HTTP helpers", () => {
  const a = "0b3c2a9e-1d4f-4c2e-9a7b-2f1e5d6c7b8a";
  const b = "1c4d3b0f-2e5a-4d3f-8b8c-3a2f6e7d8c9b";

  it("reads ?sessions= as well-formed guids, each once, capped", () => {
    expect(
      parseSessionSelection(new URLSearchParams(`sessions=${a},nonsense,,${a.toUpperCase()}&sessions=${b}`)),
    ).toEqual([a, b]);
    expect(parseSessionSelection(new URLSearchParams(""))).toEqual([]);
    const many = Array.from(
      { length: maxSelection + 20 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    expect(parseSessionSelection(new URLSearchParams({ sessions: many.join(",") }))).toHaveLength(maxSelection);
  });

  it("names the file in ASCII and in UTF-8 (RFC 6266)", () => {
    expect(contentDisposition("china-netav-2017.ics", '第五届 "大会"/(1).ics')).toBe(
      `attachment; filename="china-netav-2017.ics"; filename*=UTF-8''${encodeURIComponent("第五届 大会 ")}%281%29.ics`,
    );
  });

  let built = 0;
  afterEach(() => {
    built = 0;
  });
  const respond = (headers: HeadersInit = {}) =>
    calendarResponse(new Request("https://podium.example/c/schedule.ics", { headers }), {
      etag: '"abc"',
      filename: { ascii: "c.ics", name: "大会.ics" },
      body: () => {
        built++;
        return "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
      },
    });

  it("serves text/calendar with caching headers", async () => {
    const res = respond();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("大会")}.ics`);
    expect(await res.text()).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });

  it("answers 304 without building the file when the client's copy is current", async () => {
    const res = respond({ "If-None-Match": '"abc"' });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(await res.text()).toBe("");
    expect(built).toBe(0);
  });
});

describe("calendar routes", () => {
  const [first, second] = [
    makeSession({ title: "第一场" }),
    makeSession({ title: "第二场", startsAt: "2017-12-01T02:00:00.000Z", endsAt: "2017-12-01T03:00:00.000Z" }),
  ];
  const release: PublicProgramme = {
    revision: "7:v2:0:1",
    version: "v2",
    publishedAt: stamp,
    speakersRevisedAt: null,
    snapshot: makeSnapshot({ sessions: [first, second] }),
  };
  readPublishedProgramme.mockImplementation(async (slug) => (slug === "test-conf" ? release : null));
  const context = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
  const request = (path: string, headers: HeadersInit = {}) =>
    new Request(`https://podium.example${path}`, { headers });

  it("serves the whole programme with absolute session URLs on SITE_URL, not on the Host the request named", async () => {
    vi.stubEnv("SITE_URL", "https://podium.example");
    onTestFinished(() => void vi.unstubAllEnvs());
    const res = await getSchedule(
      new Request("http://forged.example/test-conf/schedule.ics"),
      context({ locale: "en", conference: "test-conf" }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="test-conf.ics"; filename*=UTF-8''Test%20Conference.ics`,
    );
    const ics = await res.text();
    expect(parseEvents(ics).map((e) => prop(e, "URL;VALUE=URI"))).toEqual([
      `https://podium.example/test-conf/sessions/${first.guid}`,
      `https://podium.example/test-conf/sessions/${second.guid}`,
    ]);
    const again = await getSchedule(
      request("/test-conf/schedule.ics", { "If-None-Match": res.headers.get("etag")! }),
      context({ locale: "en", conference: "test-conf" }),
    );
    expect(again.status).toBe(304);
    const zhRes = await getSchedule(
      request("/test-conf/schedule.ics", { "If-None-Match": res.headers.get("etag")! }),
      context({ locale: "zh-CN", conference: "test-conf" }),
    );
    expect(zhRes.status).toBe(200);
  });

  it("answers 404 in plain text for an unknown conference, locale or session", async () => {
    for (const res of [
      await getSchedule(request("/nope/schedule.ics"), context({ locale: "en", conference: "nope" })),
      await getSchedule(request("/test-conf/schedule.ics"), context({ locale: "fr", conference: "test-conf" })),
      await getSessionCalendar(
        request("/test-conf/sessions/x/calendar.ics"),
        context({ locale: "en", conference: "test-conf", session: "x" }),
      ),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });

  it("serves one session by its guid", async () => {
    const res = await getSessionCalendar(
      request("/"),
      context({ locale: "zh-CN", conference: "test-conf", session: second.guid }),
    );
    expect(parseEvents(await res.text()).map((e) => prop(e, "SUMMARY"))).toEqual(["第二场"]);
  });

  it("serves exactly the selected sessions, ignoring unknown ones, with an ETag per selection", async () => {
    const unknown = "99999999-0000-4000-8000-000000000000";
    const agenda = (query: string) =>
      getMyAgenda(request(`/test-conf/my-agenda.ics${query}`), context({ locale: "zh-CN", conference: "test-conf" }));
    const res = await agenda(`?sessions=${second.guid},${unknown},junk`);
    const ics = await res.text();
    expect(parseEvents(ics).map((e) => prop(e, "UID"))).toEqual([`${second.guid}@podium`]);
    expect(prop(unfold(ics), "X-WR-CALNAME")).toBe("测试大会 – 我的日程");
    const both = await agenda(`?sessions=${second.guid},${first.guid}`);
    expect(both.headers.get("etag")).not.toBe(res.headers.get("etag"));
    expect((await agenda(`?sessions=${first.guid},${second.guid}`)).headers.get("etag")).toBe(both.headers.get("etag"));
    const empty = await agenda("");
    expect(empty.status).toBe(200);
    expect(parseEvents(await empty.text())).toEqual([]);
  });
});

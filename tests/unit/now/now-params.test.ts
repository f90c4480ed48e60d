import { describe, expect, it } from "vitest";
import { nowAndNext, type TimedSession } from "@/lib/now/now-next";
import { minuteOf, parseAlternation, parseAtParam, parseScreenLanguage } from "@/lib/now/now-params";
import { nowState, nowStateEtag } from "@/lib/now/now-state";
import { pollDelay, POLL_INTERVAL_MS } from "@/lib/now/poll-delay";

describe("?at=", () => {
  const zone = "Asia/Shanghai";

  it("reads an ISO instant with its offset, or a wall-clock time in the conference's zone", () => {
    const expected = new Date("2017-12-01T01:35:00Z");
    expect(parseAtParam("2017-12-01T09:35:00+08:00", zone)).toEqual(expected);
    expect(parseAtParam("2017-12-01T01:35:00.000Z", zone)).toEqual(expected);
    expect(parseAtParam("2017-12-01T09:35", zone)).toEqual(expected);
    expect(parseAtParam(["2017-12-01T09:35", "garbage"], zone)).toEqual(expected);
  });

  it("takes an unencoded + (a space by the time it arrives) as the offset's sign", () => {
    expect(parseAtParam("2017-12-01T09:35:00 08:00", zone)).toEqual(new Date("2017-12-01T01:35:00Z"));
  });

  it("ignores anything else, so the page shows the live state", () => {
    for (const bad of [undefined, "", "now", "2017-12-01", "2017-13-01T09:00Z", "2017-12-01T25:00", "1512092100000"])
      expect(parseAtParam(bad, zone)).toBeNull();
  });

  it("floors the live clock to its minute", () => {
    expect(minuteOf(new Date("2017-12-01T01:35:59.999Z"))).toEqual(new Date("2017-12-01T01:35:00Z"));
  });
});

describe("screen parameters", () => {
  it("accepts the two languages and both, nothing else", () => {
    expect(parseScreenLanguage("zh-CN")).toBe("zh-CN");
    expect(parseScreenLanguage("en")).toBe("en");
    expect(parseScreenLanguage("both")).toBe("both");
    expect(parseScreenLanguage("fr")).toBeNull();
    expect(parseScreenLanguage(undefined)).toBeNull();
  });

  it("keeps the alternation between 5 and 120 seconds, 10 unless told", () => {
    expect(parseAlternation(undefined)).toBe(10);
    expect(parseAlternation("20")).toBe(20);
    expect(parseAlternation("1")).toBe(5);
    expect(parseAlternation("9999")).toBe(120);
    expect(parseAlternation("-3")).toBe(10);
  });
});

describe("pollDelay", () => {
  const at = (iso: string) => Date.parse(iso);

  it("asks on the clock's next half-minute mark", () => {
    expect(pollDelay(at("2017-12-01T01:35:10Z"), null, 0)).toBe(20_000);
    expect(pollDelay(at("2017-12-01T01:35:30Z"), null, 0)).toBe(POLL_INTERVAL_MS);
  });

  it("asks just after a session boundary that comes before the mark", () => {
    expect(pollDelay(at("2017-12-01T01:35:10Z"), "2017-12-01T01:35:20.000Z", 0)).toBe(10_500);
    expect(pollDelay(at("2017-12-01T01:35:10Z"), "2017-12-01T02:00:00.000Z", 0)).toBe(20_000);
    expect(pollDelay(at("2017-12-01T01:35:10Z"), "2017-12-01T01:00:00.000Z", 0)).toBe(20_000);
  });

  it("adds the spread that keeps a hall's screens from asking at once", () => {
    expect(pollDelay(at("2017-12-01T01:35:10Z"), null, 1_234)).toBe(21_234);
  });
});

describe("the polled state", () => {
  const room = { slug: "hall", position: 0 };
  const talk = (guid: string, start: string, end: string): TimedSession => ({
    guid,
    startsAt: new Date(start),
    endsAt: new Date(end),
    cancelled: false,
    room,
  });
  const sessions = [
    talk("a", "2025-05-10T01:00:00Z", "2025-05-10T02:00:00Z"),
    talk("b", "2025-05-10T02:00:00Z", "2025-05-10T03:00:00Z"),
  ];
  const stateAt = (iso: string) => nowState("conf", nowAndNext(sessions, new Date(iso)));

  it("stays the same bytes and tag between boundaries and changes at one", () => {
    const early = stateAt("2025-05-10T01:05:00Z");
    expect(stateAt("2025-05-10T01:59:00Z")).toEqual(early);
    expect(nowStateEtag("r1", stateAt("2025-05-10T01:59:00Z"))).toBe(nowStateEtag("r1", early));
    expect(nowStateEtag("r1", stateAt("2025-05-10T02:00:00Z"))).not.toBe(nowStateEtag("r1", early));
    expect(early).toEqual({
      conference: "conf",
      phase: "during",
      nextChangeAt: "2025-05-10T02:00:00.000Z",
      rooms: [
        {
          room: "hall",
          now: [
            { guid: "a", startsAt: "2025-05-10T01:00:00.000Z", endsAt: "2025-05-10T02:00:00.000Z", cancelled: false },
          ],
          next: [
            { guid: "b", startsAt: "2025-05-10T02:00:00.000Z", endsAt: "2025-05-10T03:00:00.000Z", cancelled: false },
          ],
        },
      ],
    });
  });

  it("changes its tag with a new release even when the sessions stay", () => {
    const state = stateAt("2025-05-10T01:05:00Z");
    expect(nowStateEtag("r2", state)).not.toBe(nowStateEtag("r1", state));
  });
});

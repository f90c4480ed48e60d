import { describe, expect, it } from "vitest";
import { groupByForum } from "@/lib/now/now-board";
import { featuredSession, nowAndNext, type TimedSession } from "@/lib/now/now-next";
import { formatClockTime } from "@/lib/time/format";
import { zonedToInstant } from "@/lib/time/zoned";

const rooms = {
  hall: { slug: "hall", position: 0 },
  small: { slug: "small", position: 1 },
};

interface S extends TimedSession {
  forum: { slug: string; name: string };
}

function session(guid: string, start: string, end: string, extra: Partial<S> = {}): S {
  return {
    guid,
    startsAt: new Date(start),
    endsAt: new Date(end),
    cancelled: false,
    room: rooms.hall,
    forum: { slug: "summit", name: "Summit" },
    ...extra,
  };
}

const guids = (list: readonly TimedSession[]) => list.map((s) => s.guid);

describe("nowAndNext", () => {
  const day = [
    session("a", "2025-05-10T01:00:00Z", "2025-05-10T01:30:00Z"),
    session("b", "2025-05-10T01:30:00Z", "2025-05-10T02:00:00Z"),
    session("c", "2025-05-10T02:00:00Z", "2025-05-10T02:30:00Z"),
    session("d", "2025-05-10T02:30:00Z", "2025-05-10T03:00:00Z"),
    session("x", "2025-05-10T01:15:00Z", "2025-05-10T04:00:00Z", { room: rooms.small }),
  ];

  it("puts the running session in each room now and the following two next", () => {
    const board = nowAndNext(day, new Date("2025-05-10T01:20:00Z"));
    expect(board.phase).toBe("during");
    const [hall, small] = board.rooms;
    expect(hall!.room).toEqual(rooms.hall);
    expect(guids(hall!.now)).toEqual(["a"]);
    expect(guids(hall!.next)).toEqual(["b", "c"]);
    expect(guids(small!.now)).toEqual(["x"]);
    expect(small!.next).toEqual([]);
    expect(board.nextChangeAt).toEqual(new Date("2025-05-10T01:30:00Z"));
  });

  it("hands over at the boundary: one session ends as the next begins", () => {
    const board = nowAndNext(day, new Date("2025-05-10T01:30:00Z"));
    expect(guids(board.rooms[0]!.now)).toEqual(["b"]);
    expect(guids(board.rooms[0]!.next)).toEqual(["c", "d"]);
    expect(board.nextChangeAt).toEqual(new Date("2025-05-10T02:00:00Z"));
  });

  it("says before the first session what comes first, and after the last what was last", () => {
    const before = nowAndNext(day, new Date("2025-05-09T12:00:00Z"));
    expect(before.phase).toBe("before");
    expect(guids(before.rooms[0]!.next)).toEqual(["a", "b"]);
    expect(before.firstStart).toEqual(new Date("2025-05-10T01:00:00Z"));
    expect(before.nextChangeAt).toEqual(new Date("2025-05-10T01:00:00Z"));

    const after = nowAndNext(day, new Date("2025-05-10T04:00:00Z"));
    expect(after.phase).toBe("after");
    expect(after.rooms.map((r) => r.last?.guid)).toEqual(["d", "x"]);
    expect(after.rooms.every((r) => !r.now.length && !r.next.length)).toBe(true);
    expect(after.nextChangeAt).toBeNull();
    expect(after.lastEnd).toEqual(new Date("2025-05-10T04:00:00Z"));
  });

  it("keeps a room's last session only while it has nothing on or to come", () => {
    const board = nowAndNext(day, new Date("2025-05-10T03:10:00Z"));
    expect(board.phase).toBe("during");
    expect(board.rooms[0]!.last?.guid).toBe("d");
    expect(board.rooms[1]!.last).toBeNull();
    expect(featuredSession(board.rooms[0]!)?.guid).toBe("d");
  });

  it("shows an instant (zero-length session) as on for its minute, then gone", () => {
    const bell = session("bell", "2025-05-10T05:00:00Z", "2025-05-10T05:00:00Z");
    expect(guids(nowAndNext([bell], new Date("2025-05-10T04:59:59Z")).rooms[0]!.next)).toEqual(["bell"]);
    const during = nowAndNext([bell], new Date("2025-05-10T05:00:30Z"));
    expect(guids(during.rooms[0]!.now)).toEqual(["bell"]);
    expect(during.nextChangeAt).toEqual(new Date("2025-05-10T05:01:00Z"));
    const over = nowAndNext([bell], new Date("2025-05-10T05:01:00Z"));
    expect(over.phase).toBe("after");
    expect(over.rooms[0]!.last?.guid).toBe("bell");
  });

  it("keeps a session across midnight on until its end, and finds next sessions on later days", () => {
    const party = session("party", "2025-05-10T14:00:00Z", "2025-05-10T17:00:00Z"); // 22:00–01:00 in Shanghai
    const morning = session("morning", "2025-05-11T01:00:00Z", "2025-05-11T02:00:00Z");
    const board = nowAndNext([morning, party], zonedToInstant("2025-05-11T00:30", "Asia/Shanghai"));
    expect(guids(board.rooms[0]!.now)).toEqual(["party"]);
    expect(guids(board.rooms[0]!.next)).toEqual(["morning"]);
    const night = nowAndNext([morning, party], zonedToInstant("2025-05-11T03:00", "Asia/Shanghai"));
    expect(night.phase).toBe("during");
    expect(night.rooms[0]!.now).toEqual([]);
    expect(guids(night.rooms[0]!.next)).toEqual(["morning"]);
  });

  it("is DST-safe: a session over the spring-forward gap lasts its real hour and reads in the new offset", () => {
    // Berlin, 30 March 2025: 02:00 CET does not exist, clocks go to 03:00 CEST.
    const zone = "Europe/Berlin";
    const night = session("night", "2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z"); // 01:30 CET – 03:30 CEST
    const board = nowAndNext([night], zonedToInstant("2025-03-30T03:15", zone));
    expect(guids(board.rooms[0]!.now)).toEqual(["night"]);
    expect(formatClockTime(night.startsAt, zone, "en")).toBe("01:30");
    expect(formatClockTime(night.endsAt, zone, "en")).toBe("03:30");
    expect(board.nextChangeAt).toEqual(new Date("2025-03-30T01:30:00Z"));
    // Autumn: 02:30 happens twice; the instants keep them apart.
    const first = session("first", "2025-10-26T00:00:00Z", "2025-10-26T00:45:00Z"); // 02:00–02:45 CEST
    const second = session("second", "2025-10-26T01:00:00Z", "2025-10-26T01:45:00Z"); // 02:00–02:45 CET
    const autumn = nowAndNext([first, second], new Date("2025-10-26T01:30:00Z"));
    expect(guids(autumn.rooms[0]!.now)).toEqual(["second"]);
    expect(autumn.rooms[0]!.last).toBeNull();
  });

  it("shows cancelled sessions, marked, where they would have been", () => {
    const off = session("off", "2025-05-10T01:00:00Z", "2025-05-10T02:00:00Z", { cancelled: true });
    const board = nowAndNext([off, session("on", "2025-05-10T02:00:00Z", "2025-05-10T03:00:00Z")], day[0]!.endsAt);
    expect(board.rooms[0]!.now.map((s) => [s.guid, s.cancelled])).toEqual([["off", true]]);
  });

  it("lists overlapping sessions of one room together, and gathers sessions without a room last", () => {
    const overlapping = [
      session("long", "2025-05-10T01:00:00Z", "2025-05-10T03:00:00Z"),
      session("short", "2025-05-10T01:30:00Z", "2025-05-10T02:00:00Z"),
      session("roomless", "2025-05-10T01:00:00Z", "2025-05-10T02:00:00Z", { room: null }),
    ];
    const board = nowAndNext(overlapping, new Date("2025-05-10T01:45:00Z"));
    expect(board.rooms.map((r) => r.room?.slug ?? null)).toEqual(["hall", null]);
    expect(guids(board.rooms[0]!.now)).toEqual(["long", "short"]);
  });

  it("says before for a programme with no sessions at all", () => {
    const board = nowAndNext([], new Date());
    expect(board).toMatchObject({ phase: "before", rooms: [], nextChangeAt: null, firstStart: null });
  });
});

describe("groupByForum", () => {
  const forums = ["opening", "summit"];
  const opening = { slug: "opening", name: "Opening" };
  const sessions = [
    session("keynote", "2025-05-10T01:00:00Z", "2025-05-10T02:00:00Z", { forum: opening }),
    session("talk", "2025-05-10T02:00:00Z", "2025-05-10T03:00:00Z"),
    session("side", "2025-05-10T01:00:00Z", "2025-05-10T01:30:00Z", { room: rooms.small }),
  ];

  it("puts each room under the forum of what is on in it, in the programme's forum order", () => {
    const groups = groupByForum(nowAndNext(sessions, new Date("2025-05-10T01:10:00Z")), forums);
    expect(groups.map((g) => [g.forum.slug, g.rooms.map((r) => r.room?.slug)])).toEqual([
      ["opening", ["hall"]],
      ["summit", ["small"]],
    ]);
  });

  it("leaves out finished rooms while the conference runs and keeps them, with their last, after it", () => {
    const during = groupByForum(nowAndNext(sessions, new Date("2025-05-10T01:45:00Z")), forums);
    expect(during.flatMap((g) => g.rooms.map((r) => r.room?.slug))).toEqual(["hall"]);
    const after = groupByForum(nowAndNext(sessions, new Date("2025-05-10T03:00:00Z")), forums);
    expect(after.map((g) => [g.forum.slug, g.rooms.map((r) => r.last?.guid)])).toEqual([["summit", ["talk", "side"]]]);
  });
});

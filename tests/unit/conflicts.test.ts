import { describe, expect, it } from "vitest";
import { type Conflict, conflictsBySession, findConflicts } from "@/lib/schedule/conflicts";
import { at, find, local } from "./support/conflict-sessions";

describe("findConflicts: rooms", () => {
  it("reports two overlapping sessions in one room once, ids ascending", () => {
    expect(find([at(7, "10:00", "11:00"), at(3, "10:30", "11:30")])).toEqual([
      { kind: "room-overlap", roomId: 1, sessionIds: [3, 7] },
    ]);
  });

  it("does not treat back-to-back sessions as overlapping, in a room or for a speaker", () => {
    expect(find([at(1, "09:00", "10:00", { speakerIds: [5] }), at(2, "10:00", "11:00", { speakerIds: [5] })])).toEqual(
      [],
    );
  });

  it("ignores sessions in different rooms and sessions without a room", () => {
    expect(
      find([
        at(1, "10:00", "11:00"),
        at(2, "10:00", "11:00", { roomId: 2 }),
        at(3, "10:00", "11:00", { roomId: null }),
        at(4, "10:00", "11:00", { roomId: null }),
      ]),
    ).toEqual([]);
  });

  it("lets cancelled sessions free the room and the people, but counts drafts", () => {
    const sessions = [
      at(1, "10:00", "11:00", { speakerIds: [9] }),
      at(2, "10:00", "11:00", { status: "cancelled", speakerIds: [9] }),
      at(3, "10:30", "11:30", { status: "draft" }),
    ];
    expect(find(sessions)).toEqual([{ kind: "room-overlap", roomId: 1, sessionIds: [1, 3] }]);
  });

  it("ignores sessions without a start or an end", () => {
    const sessions = [
      at(1, "10:00", "11:00", { speakerIds: [9] }),
      at(2, "10:00", "11:00", { startsAt: null, speakerIds: [9] }),
      at(3, "10:00", "11:00", { endsAt: null, speakerIds: [9] }),
    ];
    expect(
      find(sessions, {
        unavailability: [
          { speakerId: 9, startsAt: local("2017-12-01", "12:00"), endsAt: local("2017-12-01", "13:00") },
        ],
      }),
    ).toEqual([]);
  });

  it("gives the three pairs of a three-way overlap", () => {
    const rooms = find([at(30, "10:00", "12:00"), at(10, "10:30", "11:30"), at(20, "11:00", "11:15")]);
    expect(rooms.map((c) => c.kind === "room-overlap" && c.sessionIds)).toEqual([
      [10, 20],
      [10, 30],
      [20, 30],
    ]);
  });

  it("pairs a long session with each short one under it, and the short ones with no one else", () => {
    const shorts = [1, 2, 3, 4, 5, 6].map((i) =>
      at(i, `${String(8 + i).padStart(2, "0")}:00`, `${String(9 + i).padStart(2, "0")}:00`),
    );
    const conflicts = find([at(100, "09:30", "14:30"), ...shorts]);
    // 09:00–10:00 through 14:00–15:00 all meet 09:30–14:30.
    expect(conflicts).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => ({ kind: "room-overlap", roomId: 1, sessionIds: [i, 100] })),
    );
  });
});

describe("findConflicts: speakers", () => {
  it("reports a speaker in two overlapping sessions in different rooms, whatever the role", () => {
    const conflicts = find([
      at(1, "10:00", "11:00", { roomId: 1, speakerIds: [4, 8] }),
      at(2, "10:45", "11:30", { roomId: 2, speakerIds: [8] }),
    ]);
    expect(conflicts).toEqual([{ kind: "speaker-overlap", speakerId: 8, sessionIds: [1, 2] }]);
  });

  it("does not pit a speaker listed twice in one session against themself", () => {
    expect(find([at(1, "10:00", "11:00", { speakerIds: [8, 8] })])).toEqual([]);
  });

  it("reports each shared speaker of two overlapping sessions", () => {
    const conflicts = find([
      at(1, "10:00", "11:00", { roomId: 1, speakerIds: [9, 4] }),
      at(2, "10:00", "11:00", { roomId: 2, speakerIds: [4, 9, 9] }),
    ]);
    expect(conflicts).toEqual([
      { kind: "speaker-overlap", speakerId: 4, sessionIds: [1, 2] },
      { kind: "speaker-overlap", speakerId: 9, sessionIds: [1, 2] },
    ]);
  });

  it("reports a session that overlaps a speaker's unavailability, not one that only touches it", () => {
    const unavailability = [
      { speakerId: 8, startsAt: local("2017-12-01", "12:00"), endsAt: local("2017-12-01", "14:00"), note: "flight" },
    ];
    const sessions = [
      at(1, "11:00", "12:00", { roomId: 1, speakerIds: [8] }), // ends as the window opens
      at(2, "13:30", "14:00", { roomId: 2, speakerIds: [8] }), // inside, ending with the window
      at(3, "14:00", "15:00", { roomId: 3, speakerIds: [8] }), // starts as the window closes
      at(4, "12:30", "13:00", { roomId: 4, speakerIds: [7] }), // another speaker
    ];
    expect(find(sessions, { unavailability })).toEqual([{ kind: "speaker-unavailable", speakerId: 8, sessionId: 2 }]);
  });

  it("reports a session once however many windows it overlaps, and a window covering several sessions for each", () => {
    const window = (from: string, to: string) => ({
      speakerId: 8,
      startsAt: local("2017-12-01", from),
      endsAt: local("2017-12-01", to),
    });
    const unavailability = [
      window("10:30", "10:40"),
      window("09:00", "09:10"),
      window("10:50", "11:10"),
      window("13:00", "18:00"),
      window("14:00", "14:30"),
    ];
    const sessions = [
      at(1, "10:00", "11:00", { speakerIds: [8] }),
      at(2, "14:00", "15:00", { speakerIds: [8] }),
      at(3, "16:00", "17:00", { speakerIds: [8] }),
      at(4, "12:00", "13:00", { speakerIds: [8] }),
    ];
    expect(find(sessions, { unavailability })).toEqual(
      [1, 2, 3].map((sessionId) => ({ kind: "speaker-unavailable", speakerId: 8, sessionId })),
    );
  });
});

describe("findConflicts: days", () => {
  it("counts 00:30 on 1 Dec in Shanghai (30 Nov 16:30Z) inside the conference but outside a forum dated 30 Nov, and 30 Nov outside a forum dated 1 Dec", () => {
    const session = {
      ...at(1, "00:00", "00:00"),
      forumId: 1,
      startsAt: new Date("2017-11-30T16:30:00Z"),
      endsAt: new Date("2017-11-30T17:00:00Z"),
    };
    expect(find([session])).toEqual([{ kind: "outside-forum-day", sessionId: 1, forumDate: "2017-11-30" }]);
    expect(find([{ ...session, forumId: 2 }])).toEqual([]);
    const dayEarly = {
      ...at(2, "10:00", "11:00"),
      startsAt: local("2017-11-30", "10:00"),
      endsAt: local("2017-11-30", "11:00"),
    };
    expect(find([dayEarly])).toEqual([{ kind: "outside-forum-day", sessionId: 2, forumDate: "2017-12-01" }]);
  });

  it("reports a session running past its forum's midnight, but not one ending at it", () => {
    const late = {
      ...at(1, "00:00", "00:00"),
      forumId: 1,
      startsAt: local("2017-11-30", "23:00"),
      endsAt: local("2017-12-01", "00:30"),
    };
    const atMidnight = { ...late, id: 2, roomId: 2, endsAt: local("2017-12-01", "00:00") };
    expect(find([late, atMidnight])).toEqual([{ kind: "outside-forum-day", sessionId: 1, forumDate: "2017-11-30" }]);
  });

  it("reports sessions before the first day or after the last day's midnight as outside the conference", () => {
    const sessions = [
      { ...at(1, "00:00", "00:00"), startsAt: local("2017-12-02", "00:00"), endsAt: local("2017-12-02", "01:00") },
      {
        ...at(2, "00:00", "00:00"),
        roomId: 2,
        startsAt: local("2017-12-01", "23:30"),
        endsAt: local("2017-12-02", "00:30"),
      },
      {
        ...at(3, "00:00", "00:00"),
        roomId: 3,
        forumId: 1,
        startsAt: local("2017-11-29", "23:59"),
        endsAt: local("2017-11-30", "00:30"),
      },
      {
        ...at(4, "00:00", "00:00"),
        roomId: 4,
        forumId: 1,
        startsAt: local("2017-11-30", "00:00"),
        endsAt: local("2017-11-30", "01:00"),
      },
      {
        ...at(5, "00:00", "00:00"),
        roomId: 5,
        startsAt: local("2017-12-01", "23:00"),
        endsAt: local("2017-12-02", "00:00"),
      },
    ];
    expect(find(sessions).filter((c) => c.kind === "outside-conference")).toEqual(
      [1, 2, 3].map((sessionId) => ({ kind: "outside-conference", sessionId })),
    );
  });

  it("takes the last midnight from the zone on a daylight-saving day", () => {
    // Berlin falls back on 29 Oct 2017: that day's closing midnight is 23:00Z, not 22:00Z.
    const berlin = { startDate: "2017-10-29", endDate: "2017-10-29", timeZone: "Europe/Berlin" };
    const session = (id: number, start: string, end: string) => ({
      ...at(id, "00:00", "00:00"),
      roomId: id,
      forumId: 3,
      startsAt: new Date(start),
      endsAt: new Date(end),
    });
    const conflicts = findConflicts({
      conference: berlin,
      forums: [{ id: 3, date: "2017-10-29" }],
      sessions: [
        session(1, "2017-10-29T22:00:00Z", "2017-10-29T23:00:00Z"),
        session(2, "2017-10-29T23:00:00Z", "2017-10-29T23:30:00Z"),
      ],
      unavailability: [],
    });
    expect(conflicts).toEqual([
      { kind: "outside-conference", sessionId: 2 },
      { kind: "outside-forum-day", sessionId: 2, forumDate: "2017-10-29" },
    ]);
  });
});

describe("conflictsBySession", () => {
  it("maps every session named in a conflict to its conflicts", () => {
    const room: Conflict = { kind: "room-overlap", roomId: 1, sessionIds: [1, 2] };
    const speaker: Conflict = { kind: "speaker-overlap", speakerId: 4, sessionIds: [2, 3] };
    const outside: Conflict = { kind: "outside-conference", sessionId: 2 };
    const unavailable: Conflict = { kind: "speaker-unavailable", speakerId: 4, sessionId: 5 };
    const map = conflictsBySession([room, speaker, outside, unavailable]);
    expect([...map.keys()].sort()).toEqual([1, 2, 3, 5]);
    expect(map.get(1)).toEqual([room]);
    expect(map.get(2)).toEqual([room, speaker, outside]);
    expect(map.get(3)).toEqual([speaker]);
    expect(map.get(5)).toEqual([unavailable]);
    expect(conflictsBySession([]).size).toBe(0);
  });
});

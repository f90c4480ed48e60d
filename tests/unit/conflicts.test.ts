import { describe, expect, it } from "vitest";
import {
  type Conflict,
  type ConflictInput,
  type ConflictSessionInput,
  conflictsBySession,
  findConflicts,
} from "@/lib/schedule/conflicts";

// Asia/Shanghai is UTC+8 all year: 09:00 local on 1 Dec 2017 is 01:00Z.
const conference = { startDate: "2017-11-30", endDate: "2017-12-01", timeZone: "Asia/Shanghai" };
const forums = [
  { id: 1, date: "2017-11-30" },
  { id: 2, date: "2017-12-01" },
];

/** A session on 1 Dec 2017 in Shanghai, times given as local `HH:mm`. */
function at(id: number, start: string, end: string, extra: Partial<ConflictSessionInput> = {}): ConflictSessionInput {
  return {
    id,
    forumId: 2,
    roomId: 1,
    startsAt: local("2017-12-01", start),
    endsAt: local("2017-12-01", end),
    status: "confirmed",
    speakerIds: [],
    ...extra,
  };
}

function local(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

function find(sessions: ConflictSessionInput[], more: Partial<ConflictInput> = {}): Conflict[] {
  return findConflicts({ conference, forums, sessions, unavailability: [], ...more });
}

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

describe("findConflicts: order", () => {
  const sessions = [
    at(6, "10:00", "11:00", { roomId: 2, speakerIds: [3] }),
    at(5, "10:00", "11:00", { roomId: 2, speakerIds: [3] }),
    at(2, "10:00", "11:00", { roomId: 1, speakerIds: [1] }),
    at(1, "10:30", "11:30", { roomId: 1, speakerIds: [1] }),
    {
      ...at(4, "00:00", "00:00"),
      roomId: 3,
      forumId: 1,
      startsAt: local("2017-12-02", "09:00"),
      endsAt: local("2017-12-02", "10:00"),
    },
  ];
  const unavailability = [
    { speakerId: 1, startsAt: local("2017-12-01", "00:00"), endsAt: local("2017-12-02", "00:00") },
  ];
  const expected: Conflict[] = [
    { kind: "room-overlap", roomId: 1, sessionIds: [1, 2] },
    { kind: "room-overlap", roomId: 2, sessionIds: [5, 6] },
    { kind: "speaker-overlap", speakerId: 1, sessionIds: [1, 2] },
    { kind: "speaker-overlap", speakerId: 3, sessionIds: [5, 6] },
    { kind: "outside-conference", sessionId: 4 },
    { kind: "outside-forum-day", sessionId: 4, forumDate: "2017-11-30" },
    { kind: "speaker-unavailable", speakerId: 1, sessionId: 1 },
    { kind: "speaker-unavailable", speakerId: 1, sessionId: 2 },
  ];

  it("sorts by kind, then by ids, whatever the input order", () => {
    expect(find(sessions, { unavailability })).toEqual(expected);
    expect(find([...sessions].reverse(), { unavailability })).toEqual(expected);
  });

  it("agrees with a pairwise check on random programmes", () => {
    const random = seeded(42);
    for (let round = 0; round < 50; round++) {
      const sessions = Array.from({ length: 40 }, (_, i) => {
        const start = 8 * 60 + Math.floor(random() * 10 * 12) * 5;
        const minutes = 5 * (1 + Math.floor(random() * 24));
        const status = (["draft", "confirmed", "cancelled"] as const)[Math.floor(random() * 3)]!;
        const speakerIds = Array.from({ length: Math.floor(random() * 3) }, () => 1 + Math.floor(random() * 6));
        const roomId = random() < 0.1 ? null : 1 + Math.floor(random() * 4);
        return {
          ...at(100 - i, "00:00", "00:00"),
          roomId,
          status,
          speakerIds,
          startsAt: minutesInto(start),
          endsAt: minutesInto(start + minutes),
        };
      });
      const unavailability = Array.from({ length: 8 }, () => {
        const start = 8 * 60 + Math.floor(random() * 10 * 12) * 5;
        return {
          speakerId: 1 + Math.floor(random() * 6),
          startsAt: minutesInto(start),
          endsAt: minutesInto(start + 5 * (1 + Math.floor(random() * 12))),
        };
      });
      expect(find(sessions, { unavailability })).toEqual(pairwise(sessions, unavailability));
    }
  });
});

describe("findConflicts at scale", () => {
  it("finds nothing in 20,000 back-to-back sessions in 200 rooms, each room with a host in every session", () => {
    // Odd rooms (forum 1) run on 30 Nov, even rooms (forum 2) on 1 Dec; 10-minute sessions from 06:00 to 22:40.
    const dayOf = (room: number) => (room % 2 ? "2017-11-30" : "2017-12-01");
    const sessions: ConflictSessionInput[] = [];
    for (let room = 1; room <= 200; room++) {
      for (let slot = 0; slot < 100; slot++) {
        const id = slot * 200 + room; // interleaved across rooms, so id order is not time order
        sessions.push({
          id,
          forumId: room % 2 ? 1 : 2,
          roomId: room,
          status: slot % 3 ? "confirmed" : "draft",
          startsAt: minutesInto(360 + slot * 10, dayOf(room)),
          endsAt: minutesInto(370 + slot * 10, dayOf(room)),
          speakerIds: [room, 1000 + id],
        });
      }
    }
    sessions.reverse();
    // Each room's host is away until the first session starts.
    const unavailability = Array.from({ length: 200 }, (_, i) => ({
      speakerId: i + 1,
      startsAt: local("2017-11-30", "00:00"),
      endsAt: local(dayOf(i + 1), "06:00"),
    }));
    expect(sessions).toHaveLength(20_000);
    expect(find(sessions, { unavailability })).toEqual([]);

    // One extra booking of room 7's host in room 9 at 06:05 on 30 Nov is found, and only it.
    const intruder: ConflictSessionInput = {
      id: 50_000,
      forumId: 1,
      roomId: 9,
      status: "draft",
      startsAt: minutesInto(365, "2017-11-30"),
      endsAt: minutesInto(375, "2017-11-30"),
      speakerIds: [7],
    };
    expect(find([...sessions, intruder], { unavailability })).toEqual([
      { kind: "room-overlap", roomId: 9, sessionIds: [9, 50_000] },
      { kind: "room-overlap", roomId: 9, sessionIds: [209, 50_000] },
      { kind: "speaker-overlap", speakerId: 7, sessionIds: [7, 50_000] },
      { kind: "speaker-overlap", speakerId: 7, sessionIds: [207, 50_000] },
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

function minutesInto(minutes: number, date = "2017-12-01"): Date {
  return new Date(local(date, "00:00").getTime() + minutes * 60_000);
}

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The reference: every pair compared, then sorted. All sessions fall on 1 Dec inside the conference. */
function pairwise(sessions: ConflictSessionInput[], unavailability: ConflictInput["unavailability"]): Conflict[] {
  const live = sessions.filter((s) => s.status !== "cancelled").sort((a, b) => a.id - b.id);
  const meets = (
    a: { startsAt: Date | null; endsAt: Date | null },
    b: { startsAt: Date | null; endsAt: Date | null },
  ) => a.startsAt! < b.endsAt! && b.startsAt! < a.endsAt!;
  const rooms: Conflict[] = [];
  const speakers: Conflict[] = [];
  for (const [i, a] of live.entries()) {
    for (const b of live.slice(i + 1)) {
      if (!meets(a, b)) continue;
      if (a.roomId !== null && a.roomId === b.roomId)
        rooms.push({ kind: "room-overlap", roomId: a.roomId, sessionIds: [a.id, b.id] });
      for (const speakerId of new Set(a.speakerIds))
        if (b.speakerIds.includes(speakerId))
          speakers.push({ kind: "speaker-overlap", speakerId, sessionIds: [a.id, b.id] });
    }
  }
  const unavailable: Conflict[] = [];
  for (const speakerId of new Set(live.flatMap((s) => s.speakerIds))) {
    for (const s of live) {
      if (s.speakerIds.includes(speakerId) && unavailability.some((w) => w.speakerId === speakerId && meets(w, s)))
        unavailable.push({ kind: "speaker-unavailable", speakerId, sessionId: s.id });
    }
  }
  const key = (c: Conflict) =>
    ("roomId" in c ? [c.roomId] : []).concat(
      "speakerId" in c ? [c.speakerId] : [],
      "sessionIds" in c ? c.sessionIds : [c.sessionId],
    );
  const byKey = (a: Conflict, b: Conflict) => {
    const [ka, kb] = [key(a), key(b)];
    return ka.reduce((d, x, i) => d || x - kb[i]!, 0);
  };
  return [...rooms.sort(byKey), ...speakers.sort(byKey), ...unavailable.sort(byKey)];
}

import { describe, expect, it } from "vitest";
import type { Conflict, ConflictInput, ConflictSessionInput } from "@/lib/schedule/conflicts";
import { at, find, local, minutesInto } from "./support/conflict-sessions";

// The order conflicts come in, checked against a plain pairwise reference and at the scale of a large festival.
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

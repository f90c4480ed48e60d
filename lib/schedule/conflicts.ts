import type { SessionStatus } from "@/lib/domain/vocabulary";
import { instantToLocalDate, zonedToInstant } from "@/lib/time/zoned";

export interface ConflictSessionInput {
  id: number;
  forumId: number;
  roomId: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  status: SessionStatus;
  speakerIds: number[];
}

export interface ConflictInput {
  /** Local dates `YYYY-MM-DD` and the conference's IANA zone. */
  conference: { startDate: string; endDate: string; timeZone: string };
  /** Each forum's local date. */
  forums: Array<{ id: number; date: string }>;
  sessions: ConflictSessionInput[];
  unavailability: Array<{ speakerId: number; startsAt: Date; endsAt: Date; note?: string }>;
}

export type Conflict =
  | { kind: "room-overlap"; roomId: number; sessionIds: [number, number] }
  | { kind: "speaker-overlap"; speakerId: number; sessionIds: [number, number] }
  | { kind: "outside-conference"; sessionId: number }
  | { kind: "outside-forum-day"; sessionId: number; forumDate: string }
  | { kind: "speaker-unavailable"; speakerId: number; sessionId: number };

export type ConflictKind = Conflict["kind"];

/** A half-open interval [start, end) in epoch milliseconds. */
interface Span {
  id: number;
  start: number;
  end: number;
}

/**
 * Every clash in a programme: rooms and speakers booked twice, sessions
 * outside the conference or their forum's day, speakers booked while
 * unavailable. Cancelled and unscheduled sessions take no part. The result is
 * ordered by kind (as in `Conflict`), then by ids, and is built in that order
 * rather than sorted afterwards, so the cost stays O(n log n + k).
 */
export function findConflicts(input: ConflictInput): Conflict[] {
  const scheduled: Span[] = [];
  const byId = new Map<number, ConflictSessionInput>();
  for (const session of input.sessions) {
    if (session.status === "cancelled" || !session.startsAt || !session.endsAt) continue;
    scheduled.push({ id: session.id, start: session.startsAt.getTime(), end: session.endsAt.getTime() });
    byId.set(session.id, session);
  }
  scheduled.sort((a, b) => a.id - b.id);

  const byRoom = new Map<number, Span[]>();
  const bySpeaker = new Map<number, Span[]>();
  for (const span of scheduled) {
    const session = byId.get(span.id)!;
    if (session.roomId !== null) pushTo(byRoom, session.roomId, span);
    // A speaker listed twice in one session (two roles) is one booking.
    for (const speakerId of new Set(session.speakerIds)) pushTo(bySpeaker, speakerId, span);
  }

  const conflicts: Conflict[] = [];
  for (const roomId of sortedKeys(byRoom)) {
    for (const sessionIds of overlappingPairs(byRoom.get(roomId)!))
      conflicts.push({ kind: "room-overlap", roomId, sessionIds });
  }
  for (const speakerId of sortedKeys(bySpeaker)) {
    for (const sessionIds of overlappingPairs(bySpeaker.get(speakerId)!))
      conflicts.push({ kind: "speaker-overlap", speakerId, sessionIds });
  }
  conflicts.push(...findOutsideDays(scheduled, byId, input));

  const windows = new Map<number, Span[]>();
  for (const w of input.unavailability)
    pushTo(windows, w.speakerId, { id: w.speakerId, start: w.startsAt.getTime(), end: w.endsAt.getTime() });
  for (const speakerId of sortedKeys(bySpeaker)) {
    const speakerWindows = windows.get(speakerId);
    if (!speakerWindows) continue;
    for (const sessionId of sessionsDuring(bySpeaker.get(speakerId)!, speakerWindows))
      conflicts.push({ kind: "speaker-unavailable", speakerId, sessionId });
  }
  return conflicts;
}

/** Every session id named in a conflict, each with its conflicts in their given order. */
export function conflictsBySession(conflicts: Conflict[]): Map<number, Conflict[]> {
  const bySession = new Map<number, Conflict[]>();
  for (const conflict of conflicts) {
    const ids = "sessionIds" in conflict ? conflict.sessionIds : [conflict.sessionId];
    for (const id of ids) pushTo(bySession, id, conflict);
  }
  return bySession;
}

/**
 * Pairs of overlapping spans, each ordered ascending and the list ordered by
 * (first id, second id). `spans` must be in id order; it is not modified.
 *
 * The sweep visits spans by start time, keeping the active spans (begun, not
 * yet ended) sorted by end, latest first. Before admitting a span it drops
 * the active spans ending at or before its start (half-open: touching is not
 * overlapping); every span still active then overlaps it, so each one looked
 * at is a reported pair and the work is O(m log m + pairs). Pairs are bucketed
 * by their later id, then redistributed by their earlier id, which orders them
 * without a comparison sort.
 */
function overlappingPairs(spans: Span[]): Array<[number, number]> {
  if (spans.length < 2) return [];
  const rank = new Map<number, number>(spans.map((s, i) => [s.id, i]));
  const byStart = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.id - b.id);
  const byLater: number[][] = spans.map(() => []);
  const active: Span[] = [];
  for (const span of byStart) {
    while (active.length > 0 && active[active.length - 1]!.end <= span.start) active.pop();
    const r = rank.get(span.id)!;
    for (const other of active) {
      const o = rank.get(other.id)!;
      byLater[Math.max(r, o)]!.push(Math.min(r, o));
    }
    active.splice(insertionIndex(active, span.end), 0, span);
  }

  const byEarlier: number[][] = spans.map(() => []);
  byLater.forEach((earlier, later) => earlier.forEach((e) => byEarlier[e]!.push(later)));
  const pairs: Array<[number, number]> = [];
  byEarlier.forEach((later, e) => later.forEach((l) => pairs.push([spans[e]!.id, spans[l]!.id])));
  return pairs;
}

/** Index keeping `active` sorted by end, latest first (after spans with an equal end). */
function insertionIndex(active: Span[], end: number): number {
  let lo = 0;
  let hi = active.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (active[mid]!.end >= end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ids of the spans (in id order) that overlap any unavailability window. The
 * windows are merged into disjoint runs; sessions are walked by start with a
 * cursor on the first run not yet over, which is the only run that can be the
 * first to overlap the session.
 */
function sessionsDuring(spans: Span[], windows: Span[]): number[] {
  const runs: Span[] = [];
  for (const w of windows.filter((w) => w.end > w.start).sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else runs.push({ ...w });
  }

  const hit = new Set<number>();
  let cursor = 0;
  for (const span of spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)) {
    while (cursor < runs.length && runs[cursor]!.end <= span.start) cursor++;
    const run = runs[cursor];
    if (run && run.start < span.end) hit.add(span.id);
  }
  return spans.filter((s) => hit.has(s.id)).map((s) => s.id);
}

/**
 * Sessions outside the conference's days, then sessions outside their forum's
 * day, each in id order. Time-zone arithmetic (Intl) is most of the cost, so
 * each distinct start instant and forum date is converted once: sessions share
 * a few start times and forums a few dates.
 */
function findOutsideDays(scheduled: Span[], byId: Map<number, ConflictSessionInput>, input: ConflictInput): Conflict[] {
  const { startDate, endDate, timeZone } = input.conference;
  const first = zonedToInstant(`${startDate}T00:00`, timeZone).getTime();
  const afterLast = zonedToInstant(`${nextDate(endDate)}T00:00`, timeZone).getTime();
  const midnightAfter = memoize((date: string) => zonedToInstant(`${nextDate(date)}T00:00`, timeZone).getTime());
  const localDate = memoize((epochMs: number) => instantToLocalDate(new Date(epochMs), timeZone));
  const forums = new Map(input.forums.map((f) => [f.id, { date: f.date, nextMidnight: midnightAfter(f.date) }]));

  const outsideConference: Conflict[] = [];
  const outsideForumDay: Conflict[] = [];
  for (const span of scheduled) {
    // Half-open: a session may end exactly at the closing midnight.
    if (span.start < first || span.start >= afterLast || span.end < first || span.end > afterLast) {
      outsideConference.push({ kind: "outside-conference", sessionId: span.id });
    }
    const forum = forums.get(byId.get(span.id)!.forumId);
    if (forum && (localDate(span.start) !== forum.date || span.end > forum.nextMidnight)) {
      outsideForumDay.push({ kind: "outside-forum-day", sessionId: span.id, forumDate: forum.date });
    }
  }
  return [...outsideConference, ...outsideForumDay];
}

function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortedKeys(map: Map<number, unknown>): number[] {
  return [...map.keys()].sort((a, b) => a - b);
}

function nextDate(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

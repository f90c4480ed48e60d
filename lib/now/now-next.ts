// What is on now and next in each room at one instant. Pure and on UTC instants only:
// daylight-saving changes and midnight never enter the arithmetic, only the display.

/** The least a session needs to be placed in time and room. */
export interface TimedSession {
  guid: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  room: { slug: string; position: number } | null;
}

/** A zero-length session (an instant: a photo call, a bell) counts as on for this long, so a screen can show it. */
export const INSTANT_MS = 60_000;

/** How many upcoming sessions a room keeps: a screen shows the next two, the now page the first. */
export const NEXT_COUNT = 2;

export type NowPhase = "before" | "during" | "after";

export interface RoomNow<S extends TimedSession> {
  /** Null gathers the sessions that have no room yet. */
  room: S["room"];
  /** On at the instant, earliest start first (a room may hold overlapping sessions). */
  now: S[];
  /** Starting after the instant, soonest first, at most NEXT_COUNT; on any later day too. */
  next: S[];
  /** When nothing is on or to come: the room's last session, so a finished room says what it held. */
  last: S | null;
}

export interface NowNext<S extends TimedSession> {
  phase: NowPhase;
  /** Every room that holds a session, in room order, the roomless last. */
  rooms: RoomNow<S>[];
  /** The next instant at which any of this changes (a start or an end); null once nothing will. */
  nextChangeAt: Date | null;
  /** Before the conference, when its first session starts; after it, when its last one ended. */
  firstStart: Date | null;
  lastEnd: Date | null;
}

/** The end of the time a session counts as on: its end, or a minute after an instant. */
export function onUntil(session: TimedSession): number {
  const start = session.startsAt.getTime();
  return Math.max(session.endsAt.getTime(), start + (session.endsAt.getTime() === start ? INSTANT_MS : 0));
}

/** On at `at`: started, not yet over. Half-open, so one session ends as the next begins. */
export function isOn(session: TimedSession, at: number): boolean {
  return session.startsAt.getTime() <= at && at < onUntil(session);
}

const roomKey = (session: TimedSession) => session.room?.slug ?? null;

/**
 * Now and next in every room at `at`. Cancelled sessions stay in, marked by their flag:
 * people at a door should read that the talk they came for is off, not find it gone.
 */
export function nowAndNext<S extends TimedSession>(sessions: readonly S[], at: Date): NowNext<S> {
  const t = at.getTime();
  const byStart = [...sessions].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || onUntil(a) - onUntil(b) || a.guid.localeCompare(b.guid),
  );
  const rooms = new Map<string | null, RoomNow<S>>();
  let nextChange = Number.POSITIVE_INFINITY;
  let firstStart = Number.POSITIVE_INFINITY;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const session of byStart) {
    const key = roomKey(session);
    let row = rooms.get(key);
    if (!row) rooms.set(key, (row = { room: session.room, now: [], next: [], last: null }));
    const start = session.startsAt.getTime();
    const until = onUntil(session);
    firstStart = Math.min(firstStart, start);
    lastEnd = Math.max(lastEnd, until);
    if (start > t) nextChange = Math.min(nextChange, start);
    else if (until > t) nextChange = Math.min(nextChange, until);
    if (isOn(session, t)) row.now.push(session);
    else if (start > t && row.next.length < NEXT_COUNT) row.next.push(session);
    else if (until <= t && (!row.last || until >= onUntil(row.last))) row.last = session;
  }
  for (const row of rooms.values()) if (row.now.length || row.next.length) row.last = null;
  const phase: NowPhase = !rooms.size || t < firstStart ? "before" : t >= lastEnd ? "after" : "during";
  return {
    phase,
    rooms: [...rooms.values()].sort(compareRooms),
    nextChangeAt: Number.isFinite(nextChange) ? new Date(nextChange) : null,
    firstStart: Number.isFinite(firstStart) ? new Date(firstStart) : null,
    lastEnd: Number.isFinite(lastEnd) ? new Date(lastEnd) : null,
  };
}

function compareRooms(a: RoomNow<TimedSession>, b: RoomNow<TimedSession>): number {
  if (!a.room || !b.room) return a.room ? -1 : b.room ? 1 : 0;
  return a.room.position - b.room.position || a.room.slug.localeCompare(b.room.slug);
}

/** The session a room's screen puts first (and links its QR code to): the current one, else the next, else the last. */
export function featuredSession<S extends TimedSession>(row: RoomNow<S>): S | null {
  return row.now[0] ?? row.next[0] ?? row.last;
}

import { instantToLocalTime, zonedToInstant } from "@/lib/time/zoned";

export interface GridSessionInput {
  startsAt: Date;
  endsAt: Date;
  room: { id: number } | null;
}

export interface GridColumn<R> {
  /** The room, or null for the column of sessions without a room. */
  room: R | null;
  /** First grid column of the room, 1-based, not counting the time column. */
  start: number;
  lanes: number;
}

export interface GridItem<T> {
  session: T;
  /** 1-based row lines, `end` exclusive, as CSS grid-row takes them. */
  row: { start: number; end: number };
  column: { start: number; span: number };
  /** True when the session runs past the end of the day and is cut at midnight. */
  continues: boolean;
}

export interface GridLayout<T, R> {
  slotMinutes: number;
  rows: number;
  /** The instant of the first row. */
  startsAt: Date;
  /** Minutes from local midnight to the first row. */
  startMinute: number;
  columns: GridColumn<R>[];
  lanes: number;
  items: GridItem<T>[];
  hours: Array<{ row: number; label: string }>;
}

const DAY_MINUTES = 24 * 60;

/**
 * Lays out one day of sessions as a grid: rooms as columns, time as rows of
 * `slotMinutes`, each session spanning its duration. Sessions that overlap in
 * one room sit side by side in lanes. Times are minutes elapsed since local
 * midnight in the conference's zone, so DST days keep true durations; the
 * hour labels are read back from the zone. Sessions belong to the day they
 * start on and are cut at the next midnight. Linear in sessions after sorting.
 */
export function layoutDay<T extends GridSessionInput, R extends { id: number }>(
  sessions: T[],
  rooms: R[],
  day: string,
  timeZone: string,
  slotMinutes = 5,
): GridLayout<T, R> {
  const midnight = zonedToInstant(`${day}T00:00`, timeZone).getTime();
  const nextMidnight = zonedToInstant(nextDate(day) + "T00:00", timeZone).getTime();
  const dayLength = Math.round((nextMidnight - midnight) / 60_000) || DAY_MINUTES;
  const minuteOf = (d: Date) => Math.round((d.getTime() - midnight) / 60_000);

  const spans = sessions.map((session) => {
    const start = Math.max(0, minuteOf(session.startsAt));
    const rawEnd = minuteOf(session.endsAt);
    return { session, start, end: Math.max(start + 1, Math.min(rawEnd, dayLength)), continues: rawEnd > dayLength };
  });
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : 9 * 60;
  const last = spans.length ? Math.max(...spans.map((s) => s.end)) : 18 * 60;
  const startMinute = Math.floor(first / 60) * 60;
  // Start on the hour, end on the next half hour: no long empty tail under the last session.
  const endMinute = Math.min(dayLength, Math.ceil(last / 30) * 30);
  const rows = Math.max(1, Math.ceil((endMinute - startMinute) / slotMinutes));

  // Columns: rooms in their order, only those used this day, then sessions without a room.
  const byRoom = new Map<number | null, typeof spans>();
  for (const span of spans) {
    const key = span.session.room?.id ?? null;
    const list = byRoom.get(key) ?? [];
    list.push(span);
    byRoom.set(key, list);
  }
  const orderedKeys: Array<number | null> = rooms.map((r) => r.id).filter((id) => byRoom.has(id));
  if (byRoom.has(null)) orderedKeys.push(null);
  for (const key of byRoom.keys()) if (key !== null && !orderedKeys.includes(key)) orderedKeys.push(key);
  const roomById = new Map(rooms.map((r) => [r.id, r]));

  const columns: GridColumn<R>[] = [];
  const items: GridItem<T>[] = [];
  let nextColumn = 1;
  for (const key of orderedKeys) {
    const placed = assignLanes(byRoom.get(key)!);
    const lanes = Math.max(...placed.map((p) => p.clusterLanes));
    columns.push({ room: key === null ? null : (roomById.get(key) ?? null), start: nextColumn, lanes });
    for (const p of placed) {
      items.push({
        session: p.span.session,
        row: {
          start: 1 + Math.floor((p.span.start - startMinute) / slotMinutes),
          end: 1 + Math.ceil((p.span.end - startMinute) / slotMinutes),
        },
        column: { start: nextColumn + p.lane, span: p.lane === p.clusterLanes - 1 ? lanes - p.lane : 1 },
        continues: p.span.continues,
      });
    }
    nextColumn += lanes;
  }

  const hours: GridLayout<T, R>["hours"] = [];
  for (let m = startMinute; m < endMinute; m += 60) {
    hours.push({
      row: 1 + (m - startMinute) / slotMinutes,
      label: instantToLocalTime(new Date(midnight + m * 60_000), timeZone),
    });
  }

  return {
    slotMinutes,
    rows,
    startsAt: new Date(midnight + startMinute * 60_000),
    startMinute,
    columns,
    lanes: nextColumn - 1,
    items,
    hours,
  };
}

export interface Span<T> {
  session: T;
  start: number;
  end: number;
  continues: boolean;
}

/** Greedy interval colouring per cluster of mutually overlapping sessions (the schedule editor lays out with it too). */
export function assignLanes<T>(spans: Span<T>[]): Array<{ span: Span<T>; lane: number; clusterLanes: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Array<{ span: Span<T>; lane: number; clusterLanes: number }> = [];
  let cluster: Array<{ span: Span<T>; lane: number; clusterLanes: number }> = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const p of cluster) p.clusterLanes = laneEnds.length;
    result.push(...cluster);
    cluster = [];
    laneEnds = [];
  };
  for (const span of sorted) {
    if (span.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.end);
    } else laneEnds[lane] = span.end;
    cluster.push({ span, lane, clusterLanes: 0 });
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  close();
  return result;
}

function nextDate(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

import { assignLanes } from "@/lib/agenda/grid-layout";
import { minuteOf, STEP_MINUTES, type DayWindow } from "./editor-geometry";

interface Timed {
  id: number;
  roomId: number | null;
  startsAt: string | null;
  endsAt: string | null;
}

/** How many steps a block is drawn at least, so a short or zero-length session stays readable. */
export const MIN_BLOCK_STEPS = 2;

/**
 * Lanes for the editor's blocks, as the public agenda grid lays them out: sessions that overlap in
 * one room sit side by side, so neither hides the other (nor its conflict badge). A block counts as
 * long as it is drawn. Returns each session's lane and its cluster's lane count, and each room's
 * widest cluster.
 */
export function editorLanes(
  sessions: Timed[],
  window: DayWindow,
): { lanes: Map<number, { lane: number; of: number }>; widest: Map<number, number> } {
  const byRoom = new Map<number, Array<{ session: Timed; start: number; end: number; continues: boolean }>>();
  for (const s of sessions) {
    if (s.roomId === null || !s.startsAt || !s.endsAt) continue;
    const start = minuteOf(window, s.startsAt);
    const end = Math.max(minuteOf(window, s.endsAt), start + MIN_BLOCK_STEPS * STEP_MINUTES);
    byRoom.set(s.roomId, [...(byRoom.get(s.roomId) ?? []), { session: s, start, end, continues: false }]);
  }
  const lanes = new Map<number, { lane: number; of: number }>();
  const widest = new Map<number, number>();
  for (const [roomId, spans] of byRoom) {
    for (const p of assignLanes(spans)) {
      lanes.set(p.span.session.id, { lane: p.lane, of: p.clusterLanes });
      widest.set(roomId, Math.max(widest.get(roomId) ?? 1, p.clusterLanes));
    }
  }
  return { lanes, widest };
}

export interface RoomView {
  /** Words a room's name must contain (any case); empty shows every room. */
  query: string;
  /** Leave out rooms with no session this day. */
  hideEmpty: boolean;
}

/**
 * The rooms the grid shows, in their order. `used` are the rooms with a session this day; the
 * editor counts a room used if it was when the page loaded, so a room does not vanish under the
 * pointer when its last session is moved out.
 */
export function visibleRooms<R extends { id: number; name: string }>(
  rooms: R[],
  used: Set<number>,
  view: RoomView,
): R[] {
  const words = view.query
    .toLocaleLowerCase()
    .split(/[\s,，]+/)
    .filter(Boolean);
  return rooms.filter(
    (r) => (!view.hideEmpty || used.has(r.id)) && words.every((w) => r.name.toLocaleLowerCase().includes(w)),
  );
}

/** The length to give a session placed from the tray: the one it had when sent there in this editor, else half an hour. */
export function trayLength(remembered: ReadonlyMap<number, number>, sessionId: number): number {
  return remembered.get(sessionId) ?? 30;
}

/** A placed session's length in minutes, to remember when it goes to the tray. */
export const lengthOf = (s: { startsAt: string | null; endsAt: string | null }) =>
  s.startsAt && s.endsAt ? Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000) : null;

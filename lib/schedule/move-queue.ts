/** Where a session is: a room and a time, or all three null in the tray. ISO instants. */
export interface Placement {
  roomId: number | null;
  startsAt: string | null;
  endsAt: string | null;
}

/** One session's moves on their way to the server. */
interface Line {
  /** The version the server last confirmed, and the placement it holds at that version. */
  version: number;
  confirmed: Placement;
  sending: Placement;
  /** The latest move asked for while `sending` was on its way; newer ones replace it. */
  waiting: Placement | null;
}

export type MoveQueue = ReadonlyMap<number, Line>;

export interface Send {
  sessionId: number;
  version: number;
  placement: Placement;
}

export const emptyQueue: MoveQueue = new Map();

export const samePlacement = (a: Placement, b: Placement) =>
  a.roomId === b.roomId && a.startsAt === b.startsAt && a.endsAt === b.endsAt;

/**
 * A move asked for. With nothing of this session on its way it is sent at once, based on the
 * version the editor holds; otherwise it waits for the answer and is then sent with the version
 * that answer brings, so a person's own quick moves never meet as stale edits. Only the latest
 * waiting move matters: three quick presses make at most two saves.
 */
export function requestMove(
  queue: MoveQueue,
  session: { id: number; version: number } & Placement,
  next: Placement,
): { queue: MoveQueue; send: Send | null } {
  const line = queue.get(session.id);
  const lines = new Map(queue);
  if (line) {
    lines.set(session.id, { ...line, waiting: next });
    return { queue: lines, send: null };
  }
  const confirmed = { roomId: session.roomId, startsAt: session.startsAt, endsAt: session.endsAt };
  lines.set(session.id, { version: session.version, confirmed, sending: next, waiting: null });
  return { queue: lines, send: { sessionId: session.id, version: session.version, placement: next } };
}

/**
 * The server answered the move on its way. Saved: the waiting move (if any, and if it still moves
 * anything) goes next with the new version. Refused: the waiting move is dropped and the editor
 * puts the session back where the server last confirmed it.
 */
export function settleMove(
  queue: MoveQueue,
  sessionId: number,
  outcome: { saved: number } | "refused",
): { queue: MoveQueue; send: Send | null; revertTo: Placement | null } {
  const line = queue.get(sessionId);
  const lines = new Map(queue);
  lines.delete(sessionId);
  if (!line) return { queue: lines, send: null, revertTo: null };
  if (outcome === "refused") return { queue: lines, send: null, revertTo: line.confirmed };
  const { waiting } = line;
  if (!waiting || samePlacement(waiting, line.sending)) return { queue: lines, send: null, revertTo: null };
  lines.set(sessionId, { version: outcome.saved, confirmed: line.sending, sending: waiting, waiting: null });
  return { queue: lines, send: { sessionId, version: outcome.saved, placement: waiting }, revertTo: null };
}

/** Whether a session has moves on their way (its version in the editor is not the server's yet). */
export const isMoving = (queue: MoveQueue, sessionId: number) => queue.has(sessionId);

import { etagOf } from "@/lib/serving/etag";
import type { NowNext, NowPhase, TimedSession } from "./now-next";

// The small JSON the now page and the room screens poll: what is on and next per room,
// by guid, and when that will change. It holds no clock and no words, so it stays the
// same bytes (and ETag) from one session boundary to the next, in every language.

export interface NowStateSession {
  guid: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

export interface NowState {
  conference: string;
  phase: NowPhase;
  nextChangeAt: string | null;
  rooms: Array<{ room: string | null; now: NowStateSession[]; next: NowStateSession[] }>;
}

const stateSession = (s: TimedSession): NowStateSession => ({
  guid: s.guid,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  cancelled: s.cancelled,
});

export function nowState(conference: string, board: NowNext<TimedSession>): NowState {
  return {
    conference,
    phase: board.phase,
    nextChangeAt: board.nextChangeAt?.toISOString() ?? null,
    rooms: board.rooms.map((row) => ({
      room: row.room?.slug ?? null,
      now: row.now.map(stateSession),
      next: row.next.map(stateSession),
    })),
  };
}

/** The tag of a state under a revision: a new release changes it even where the sessions stay (a speaker's new title). */
export function nowStateEtag(revision: string, state: NowState): string {
  return etagOf(["now", 1, revision, JSON.stringify(state)]);
}

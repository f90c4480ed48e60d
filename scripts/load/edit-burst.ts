import { callAction } from "./http-client";

export interface EditableSession {
  id: number;
  version: number;
  roomId: number | null;
  startsAt: string;
  endsAt: string;
}

/** What the schedule editor's action answers: the one result shape of actions, the new version in `data`. */
interface MoveResult {
  status: string;
  data?: { version: number };
  problem?: { code: string };
  stale?: { currentVersion: number; changesSince: unknown[] };
}

/** An answer as the burst counts it: acknowledged at a version, or refused with the problem's code. */
type MoveAnswer =
  { ok: true; version: number } | { ok: false; code: string; currentVersion?: number; changesSince?: unknown[] };

const answerOf = (result: MoveResult): MoveAnswer =>
  result.status === "saved" && result.data
    ? { ok: true, version: result.data.version }
    : {
        ok: false,
        code: result.problem?.code ?? result.status,
        currentVersion: result.stale?.currentVersion,
        changesSince: result.stale?.changesSince,
      };

export interface EditRecord {
  client: number;
  sessionId: number;
  sentVersion: number;
  startsAt: string;
  endsAt: string;
  roomId: number | null;
  status: number;
  answer: MoveAnswer | null;
  /** A network error instead of an answer (the server died). */
  error?: string;
}

export interface BurstOptions {
  baseURL: string;
  /** The schedule editor's path, where the action is posted. */
  page: string;
  actionId: string;
  cookies: string[];
  sessions: EditableSession[];
  edits: number;
  /** A small pool makes clients collide on purpose: that is what the version check is for. */
  hotSessions?: number;
  seed?: number;
  shouldStop?: () => boolean;
  onAnswer?: (record: EditRecord) => void;
}

const FIVE_MINUTES = 5 * 60_000;

/**
 * Organizer clients (one per cookie) moving sessions by five minutes through
 * the real server action, each from its own view of the versions, until
 * `edits` attempts have been made. Returns every attempt and its answer.
 */
export async function editBurst(options: BurstOptions): Promise<EditRecord[]> {
  let random = options.seed ?? 1;
  const next = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pool = options.sessions.slice(0, options.hotSessions ?? Math.max(4, Math.floor(options.sessions.length / 4)));
  const records: EditRecord[] = [];
  let started = 0;
  const client = async (index: number) => {
    const view = new Map(pool.map((s) => [s.id, { ...s }]));
    while (started < options.edits && !options.shouldStop?.()) {
      started += 1;
      const mine = [...view.values()][Math.floor(next() * view.size)]!;
      // Back and forth by five minutes: the session stays on its day and in its room.
      const shift = (Math.floor(next() * 2) === 0 ? -1 : 1) * FIVE_MINUTES;
      const startsAt = new Date(Date.parse(mine.startsAt) + shift).toISOString();
      const endsAt = new Date(Date.parse(mine.endsAt) + shift).toISOString();
      const record: EditRecord = {
        client: index,
        sessionId: mine.id,
        sentVersion: mine.version,
        startsAt,
        endsAt,
        roomId: mine.roomId,
        status: 0,
        answer: null,
      };
      try {
        const answer = await callAction<MoveResult>(
          options.baseURL,
          options.page,
          options.actionId,
          [{ sessionId: mine.id, version: mine.version, roomId: mine.roomId, startsAt, endsAt }],
          options.cookies[index]!,
        );
        record.status = answer.status;
        record.answer = answer.value && answerOf(answer.value);
        const said = record.answer;
        if (said?.ok) Object.assign(mine, { version: said.version, startsAt, endsAt });
        else if (said?.currentVersion) mine.version = said.currentVersion;
      } catch (error) {
        record.error = (error as Error).message;
      }
      records.push(record);
      options.onAnswer?.(record);
    }
  };
  await Promise.all(options.cookies.map((_, i) => client(i)));
  return records;
}

/** What the database must hold after a burst: per session, the last acknowledged write. */
export function lastAcknowledged(
  records: readonly EditRecord[],
): Map<number, EditRecord & { answer: { ok: true; version: number } }> {
  const last = new Map<number, EditRecord & { answer: { ok: true; version: number } }>();
  for (const r of records) {
    if (!r.answer?.ok) continue;
    const acked = r as EditRecord & { answer: { ok: true; version: number } };
    const seen = last.get(r.sessionId);
    if (!seen || seen.answer.version < acked.answer.version) last.set(r.sessionId, acked);
  }
  return last;
}

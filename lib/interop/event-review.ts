import type { ImportLog } from "./import-log";
import type { Place } from "./import-report";
import type { ScheduleEvent } from "./schedule-document";

const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * Minutes of `H:MM`, `HH:MM`, `HH:MM:SS` or `HHH:MM`; an empty duration is an
 * instant (reported). Null when unreadable: the caller refuses the file, since
 * guessing a length would invent data.
 */
export function readClockDuration(text: string, where: Place, log: ImportLog): number | null {
  const value = text.trim();
  if (value === "") {
    log.decide("emptyDuration", where);
    return 0;
  }
  const m = CLOCK.exec(value);
  return m ? Math.round(Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60) : null;
}

/** Reports lengths an app might not expect; both are kept as the file says. */
export function noteDuration(minutes: number, where: Place, log: ImportLog) {
  if (minutes === 0) log.decide("zeroLength", where);
  else if (minutes > 24 * 60) log.decide("over24Hours", where);
}

/**
 * Two events of a file with one guid (or one id) — the same talk listed in two
 * rooms — are both kept: the later ones get a guid derived from the first and
 * their room and start, the same on every re-import, and lose the repeated id.
 */
export function splitDuplicates(
  events: ReadonlyArray<{ event: ScheduleEvent; where: Place }>,
  log: ImportLog,
  derive: (key: string) => string,
) {
  const guids = new Set<string>();
  const ids = new Set<number>();
  for (const { event, where } of events) {
    const guid = event.guid?.toLowerCase() ?? null;
    if (guid !== null) {
      if (guids.has(guid)) {
        event.guid = unused(`${guid}/${event.room}/${event.start}`, guids, derive);
        log.decide("repeatedGuid", where);
      }
      guids.add(event.guid!.toLowerCase());
    }
    if (event.id !== null) {
      if (ids.has(event.id)) {
        if (guid === null) {
          event.guid = unused(`id:${event.id}/${event.room}/${event.start}`, guids, derive);
          guids.add(event.guid.toLowerCase());
        }
        event.id = null;
        log.decide("repeatedId", where);
      } else ids.add(event.id);
    }
  }
}

function unused(key: string, taken: Set<string>, derive: (key: string) => string): string {
  let guid = derive(key);
  for (let n = 2; taken.has(guid.toLowerCase()); n += 1) guid = derive(`${key}#${n}`);
  return guid;
}

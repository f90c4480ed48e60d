// Sessions of the 2017 China NetAV conference in Shanghai for the conflict tests: a two-day
// conference with one forum a day, sessions placed by local wall-clock time.
import { type Conflict, type ConflictInput, type ConflictSessionInput, findConflicts } from "@/lib/schedule/conflicts";

// Asia/Shanghai is UTC+8 all year: 09:00 local on 1 Dec 2017 is 01:00Z.
export const conference = { startDate: "2017-11-30", endDate: "2017-12-01", timeZone: "Asia/Shanghai" };
export const forums = [
  { id: 1, date: "2017-11-30" },
  { id: 2, date: "2017-12-01" },
];

/** A session on 1 Dec 2017 in Shanghai, times given as local `HH:mm`. */
export function at(
  id: number,
  start: string,
  end: string,
  extra: Partial<ConflictSessionInput> = {},
): ConflictSessionInput {
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

export function local(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export function find(sessions: ConflictSessionInput[], more: Partial<ConflictInput> = {}): Conflict[] {
  return findConflicts({ conference, forums, sessions, unavailability: [], ...more });
}

/** `minutes` after local midnight of `date`. */
export function minutesInto(minutes: number, date = "2017-12-01"): Date {
  return new Date(local(date, "00:00").getTime() + minutes * 60_000);
}

import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from "ical-generator";
import { offsetAt, zonedToInstant } from "@/lib/time/zoned";

// ical-generator writes a native Date with a TZID in the *server's* zone (it reads
// getHours()), and Node 20 has no Temporal. These stubs give it the wall clock of
// the conference's zone, computed from the instant with lib/time, whatever TZ the server runs in.

/** An instant seen in a time zone, shaped as the part of Temporal.ZonedDateTime ical-generator reads. */
export function zonedDateTime(epochMs: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const wall = new Date(epochMs + offsetAt(epochMs, timeZone));
  const plain = plainDateTime(wall);
  const iso = `${plain.toString()}[${timeZone}]`;
  return {
    year: plain.year,
    month: plain.month,
    day: plain.day,
    hour: plain.hour,
    minute: plain.minute,
    second: plain.second,
    timeZoneId: timeZone,
    toInstant: () => instant(epochMs),
    toPlainDateTime: () => plain,
    withTimeZone: (zone) => zonedDateTime(epochMs, zone),
    toJSON: () => iso,
    toString: () => iso,
  };
}

function instant(epochMs: number): ICalTemporalInstantStub {
  const iso = new Date(epochMs).toISOString();
  return {
    epochMilliseconds: epochMs,
    epochSeconds: Math.floor(epochMs / 1000),
    toZonedDateTimeISO: (zone) => zonedDateTime(epochMs, zone),
    toJSON: () => iso,
    toString: () => iso,
  };
}

/** The wall-clock fields of a Date read in UTC. */
function plainDateTime(wall: Date): ICalTemporalPlainDateTimeStub {
  const iso = wall.toISOString().slice(0, 19);
  const fields = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
  const date = iso.slice(0, 10);
  return {
    ...fields,
    toPlainDate: () => ({
      year: fields.year,
      month: fields.month,
      day: fields.day,
      toJSON: () => date,
      toString: () => date,
    }),
    toZonedDateTime: (zone) =>
      zonedDateTime(zonedToInstant(iso.slice(0, 16), zone).getTime() + fields.second * 1000, zone),
    toJSON: () => iso,
    toString: () => iso,
  };
}

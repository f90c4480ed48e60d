import ICAL from "ical.js";
import { offsetAt, zonedToInstant } from "@/lib/time/zoned";
import type { ImportLog } from "./import-log";
import type { Place } from "./import-report";
import { canonicalZone, formatOffset } from "./time-zones";
import type { ZoneReader } from "./zone-reader";

type Time = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

/**
 * The instants of an iCalendar's DATE-TIMEs: UTC as written; a TZID that names an
 * IANA zone in that zone, even when the file's VTIMEZONE says otherwise (pretalx
 * once wrote Adelaide without its half hour); another TZID through its VTIMEZONE;
 * floating times through the ZoneReader (X-WR-TIMEZONE, the user's zone, the conference's).
 */
export class IcalTimes {
  private readonly vtimezones = new Map<string, Timezone>();
  /** How often each IANA zone was named by a TZID: the conference's zone when the file declares none. */
  readonly tzidUse = new Map<string, number>();

  constructor(
    calendar: InstanceType<typeof ICAL.Component>,
    private readonly zones: ZoneReader,
    private readonly log: ImportLog,
  ) {
    for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
      const tzid = String(vtimezone.getFirstPropertyValue("tzid") ?? "").trim();
      if (tzid) this.vtimezones.set(tzid, new ICAL.Timezone(vtimezone));
    }
  }

  /** Epoch milliseconds of a DATE-TIME (or DATE: its midnight) written with the given TZID parameter. */
  instant(time: Time, tzid: string | null, where: Place): number {
    const local = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.isDate ? 0 : time.hour)}:${pad(time.isDate ? 0 : time.minute)}`;
    const seconds = time.isDate ? 0 : time.second * 1000;
    if (!time.isDate && time.zone === ICAL.Timezone.utcTimezone) return Date.parse(`${local}:00Z`) + seconds;
    if (tzid && !time.isDate) {
      const named = canonicalZone(tzid.replace(/^\//, ""));
      const vtimezone = this.vtimezones.get(tzid);
      if (named) {
        this.tzidUse.set(named.zone, (this.tzidUse.get(named.zone) ?? 0) + 1);
        if (named.alias) this.log.decide("legacyZone", where, { name: tzid, zone: named.zone });
        const ms = zonedToInstant(local, named.zone).getTime() + seconds;
        if (vtimezone) this.compare(tzid, vtimezone, time, named.zone, ms, where);
        return ms;
      }
      if (vtimezone) {
        this.log.decide("tzidNotIana", where, { tzid });
        const inZone = time.clone();
        inZone.zone = vtimezone;
        return inZone.toUnixTime() * 1000;
      }
      this.log.decide("tzidUnknown", where, { tzid });
    }
    return this.zones.instant(`${local}:${pad(time.isDate ? 0 : time.second)}`, null, where);
  }

  private compare(tzid: string, vtimezone: Timezone, time: Time, zone: string, ms: number, where: Place) {
    const theirs = vtimezone.utcOffset(time) / 60;
    const ours = offsetAt(ms, zone) / 60_000;
    if (theirs === ours) return;
    this.log.decide("vtimezoneDiffers", where, { tzid, theirs: formatOffset(theirs), ours: formatOffset(ours) });
  }

  /** The zone named by most TZIDs, when the file declares none of its own. */
  mostUsedZone(): string | null {
    return [...this.tzidUse].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

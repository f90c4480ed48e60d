import { offsetAt, zonedToInstant } from "@/lib/time/zoned";
import type { ImportLog } from "./import-log";
import { atPath, type Place } from "./import-report";
import { ScheduleFormatError } from "./schedule-document";
import { canonicalZone, fixedOffsetZone, formatOffset } from "./time-zones";

/** Where the times of a file are read, besides what the file itself says. */
export interface ZoneOptions {
  /** A zone the user named (`--time-zone`, the upload page's picker); it stands for the file's when the file declares none. */
  timeZone?: string | null;
  /** The zone of the conference imported into: read only for times that carry no zone at all. */
  defaultTimeZone?: string | null;
}

/** Refusal of a file whose times carry no zone when the user named none; the upload page then offers a zone picker. */
export class MissingTimeZoneError extends ScheduleFormatError {
  constructor(where: Place) {
    super("missingTimeZone", where);
    this.name = "MissingTimeZoneError";
  }
}

/**
 * Turns a file's times into instants. A time with an offset is the instant it
 * writes (an offset that is not the declared zone's is reported); a time without
 * one is read in the zone the file declares, else the one the user names, else
 * the conference's; with none of them the import is refused.
 */
export class ZoneReader {
  /** The zone times are read in; null while the file declares none and the user named none. */
  readonly zone: string | null;
  private readonly fallback: string | null;
  private readonly offsets = new Set<number>();
  private usedFallback = false;

  constructor(
    declared: string | null,
    where: Place,
    private readonly log: ImportLog,
    options: ZoneOptions = {},
  ) {
    const named = options.timeZone ? canonicalZone(options.timeZone) : null;
    if (options.timeZone && !named)
      throw new ScheduleFormatError("unknownTimeZone", atPath("--time-zone"), { zone: options.timeZone });
    let zone: string | null = null;
    if (declared?.trim()) {
      const found = canonicalZone(declared);
      if (!found) log.ignore("unknownZone", where, { zone: declared });
      else {
        zone = found.zone;
        if (found.alias) log.decide("legacyZone", where, { name: declared.trim(), zone: found.zone });
        if (named && named.zone !== zone) log.decide("declaredZone", where, { zone, named: named.zone });
      }
    }
    this.zone = zone ?? named?.zone ?? null;
    this.fallback = options.defaultTimeZone ? (canonicalZone(options.defaultTimeZone)?.zone ?? null) : null;
  }

  /** The instant of `YYYY-MM-DDTHH:MM[:SS]`, written with an offset (`Z`, `+01:00`, `+0100`) or none. */
  instant(local: string, offset: string | null, where: Place): number {
    const [minutePart, seconds = "00"] = [local.slice(0, 16), local.slice(17, 19)];
    const secondsMs = Number(seconds || 0) * 1000;
    if (offset) {
      const minutes = offsetMinutes(offset);
      const written = Date.parse(`${minutePart}:00Z`) - minutes * 60_000 + secondsMs;
      if (!this.zone) this.offsets.add(minutes);
      else if (offsetAt(written, this.zone) !== minutes * 60_000) {
        // Often only another spelling of the same instant (pretalx and wafer write UTC); a wrong offset cannot be told from it.
        this.log.decide("offsetDiffers", where, {
          offset: formatOffset(minutes),
          zone: this.zone,
          zoneOffset: formatOffset(offsetAt(written, this.zone) / 60_000),
        });
      }
      return written;
    }
    const zone = this.zone ?? this.fallback;
    if (!zone) throw new MissingTimeZoneError(where);
    if (!this.zone && !this.usedFallback) {
      this.usedFallback = true;
      this.log.decide("conferenceZone", where, { zone });
    }
    return zonedToInstant(minutePart, zone).getTime() + secondsMs;
  }

  /** The zone the conference should show the file in; a fixed-offset zone when all offsets agree; null when unknown. */
  documentZone(where: Place): string | null {
    if (this.zone) return this.zone;
    if (this.usedFallback) return this.fallback;
    if (this.offsets.size !== 1) return null;
    const [minutes] = [...this.offsets];
    const fixed = fixedOffsetZone(minutes!);
    if (fixed) this.log.decide("fixedOffset", where, { zone: fixed, offset: formatOffset(minutes!) });
    return fixed;
  }
}

export function offsetMinutes(offset: string): number {
  if (offset === "Z" || offset === "z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) throw new RangeError(`not an offset: ${offset}`);
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

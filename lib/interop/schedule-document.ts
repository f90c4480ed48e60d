// The neutral form every schedule format goes through, both ways: parsers turn
// schedule XML / JSON / CSV into a ScheduleDocument, the importer writes one into
// the database, and exports render one built from a release snapshot. Plain data,
// no framework imports.

import type { SessionRole } from "@/lib/domain/vocabulary";
import type { RefusalCode } from "./import-codes";
import { placeInEnglish, refusalInEnglish } from "./import-english";
import type { ImportNote, ImportRefusal, Place, Values } from "./import-report";

export interface ScheduleDocument {
  conference: {
    /** Short lowercase identifier, e.g. `fosdem-2025`; becomes the conference slug. */
    acronym: string;
    title: string;
    subtitle: string;
    venue: string;
    city: string;
    /** First and last local dates, `YYYY-MM-DD`. */
    startDate: string;
    endDate: string;
    /** IANA zone; null when neither the file, its offsets nor the user give one (the importer then uses UTC and says so). */
    timeZone: string | null;
    /** Public website of the conference, if known. */
    url: string | null;
    /** Languages of the conference, e.g. ["zh-CN", "en"]; empty when unknown. */
    languages: string[];
  };
  /** Rooms in their order of appearance. */
  rooms: ScheduleRoom[];
  /** Tracks in their order of appearance. */
  tracks: ScheduleTrack[];
  /**
   * Groupings of events above tracks: Podium's forums (a summit with its forum
   * organizations). Files from other tools have none; then `group` is null on events.
   */
  groups: ScheduleGroup[];
  events: ScheduleEvent[];
}

export interface ScheduleRoom {
  name: string;
  /** A UUID when the source has one for the room. */
  guid: string | null;
}

export interface ScheduleTrack {
  name: string;
  /** `#rrggbb`, or null. */
  color: string | null;
}

export interface ScheduleGroup {
  /** Stable identifier, e.g. the forum slug `web-drama-summit`. */
  slug: string;
  name: string;
  /** English name when the source has one (localizable strings in schedule2.json). */
  nameEn: string | null;
  /** Local date of the group, `YYYY-MM-DD`. */
  date: string;
}

export interface SchedulePerson {
  name: string;
  /** UUID of the person, when known; stable across exports. */
  guid: string | null;
  /** The source system's numeric id, when it has one. */
  id: number | null;
  /** Podium's role of the person in this event; null when the source says nothing (a plain speaker). */
  role: SessionRole | null;
}

export interface ScheduleEvent {
  /** The event's guid as the source gives it (a UUID in valid files; real ones sometimes have other strings), or null. */
  guid: string | null;
  /** The source's numeric id, or null. */
  id: number | null;
  /** Start instant, ISO 8601 in UTC (`2025-02-01T09:35:00.000Z`). */
  start: string;
  /** Whole minutes, ≥ 0: a session may be an instant (an opening bell, a deadline). */
  durationMinutes: number;
  /** Name of a room in `rooms`; "" when the file gives the event none. */
  room: string;
  title: string;
  /** English title when the source has a translation (Podium's bilingual titles), else null. */
  titleEn: string | null;
  subtitle: string;
  /** Name of a track in `tracks`, or null. */
  track: string | null;
  /** Slug of a group in `groups`, or null. */
  group: string | null;
  /** The source's type word as written (`lecture`, `devroom`, `keynote`, …). */
  type: string;
  /** Language code, e.g. `en`, `zh`; "" when unknown. */
  language: string;
  abstract: string;
  /** English abstract when the source has a translation, else null. */
  abstractEn: string | null;
  description: string;
  /** The source's slug for the event, or null. */
  slug: string | null;
  /** Public page of the event, or null. */
  url: string | null;
  cancelled: boolean;
  persons: SchedulePerson[];
  links: Array<{ url: string; title: string }>;
}

export interface ParsedSchedule {
  document: ScheduleDocument;
  /** Content the reader did not use, by kind, with where each first occurred. */
  ignored: ImportNote[];
  /** Choices the reader made for the user (a zone assumed, a duplicate split, an instant kept), listed in the dry run. */
  decisions?: ImportNote[];
}

/**
 * A file the import must not take, because taking it would lose or invent
 * data: malformed, an event without a start, a duration it cannot read. It
 * carries the refusal as a code and the place in the file; its message is the
 * English of both, for logs.
 */
export class ScheduleFormatError extends Error {
  readonly refusal: ImportRefusal;

  constructor(code: RefusalCode, at: Place, values?: Values) {
    const refusal: ImportRefusal = values ? { code, values, at } : { code, at };
    super(refusalInEnglish(refusal));
    this.name = "ScheduleFormatError";
    this.refusal = refusal;
  }

  /** The place in English: `line 12`, `event 6210 (day 1, room K.3.201)`, `events[3]`. */
  get where(): string {
    return placeInEnglish(this.refusal.at);
  }
}

/** Options every export takes. */
export interface ExportOptions {
  /** Absolute origin + path prefix for event URLs, e.g. `https://podium.example/china-netav-2017/`. */
  baseUrl: string;
  /** The instant the file is generated; exports print it only where the format asks for it. */
  generatedAt: Date;
  /** The release version the document was built from (`v3`), or `draft`. */
  version: string;
  /** Podium's version, for `<generator>`. */
  generatorVersion: string;
}

import type { SpeakerLink } from "@/lib/domain/vocabulary";
import { isSlug } from "@/lib/slug";
import { instantToLocalDate, isTimeZone } from "@/lib/time/zoned";
import { type CellWindow, readInstant, readLinks, readPeople, readPhoto, readWindows } from "./csv-cells";
import { CsvFormatError, readCsvTable, type CsvRecord } from "./csv-table";
import { LOCAL_DATE_TIME_FORMAT, sessionColumns, speakerColumns } from "./csv-template";
import { isUuid } from "./guids";
import { uniqueSlug } from "./import-plan";
import { at, atPath, type ImportNote } from "./import-report";
import {
  ScheduleFormatError,
  type ParsedSchedule,
  type SchedulePerson,
  type ScheduleEvent,
  type ScheduleGroup,
} from "./schedule-document";

// Imports of the CSV template (lib/interop/csv-template.ts, docs/csv-template.md).
// Tolerant of what spreadsheets do to a file, strict about what would lose or
// invent data: those stop the import with the line and the column.

export { CsvFormatError };

export interface SessionsCsvOptions {
  /** The conference's IANA zone: the file's local times are in it. */
  timeZone: string;
  acronym: string;
  title: string;
  /** First and last local dates; default: those of the file's sessions. */
  startDate?: string;
  endDate?: string;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A sessions CSV as the neutral schedule document the importer writes. */
export function parseSessionsCsv(text: string, options: SessionsCsvOptions): ParsedSchedule {
  if (!isTimeZone(options.timeZone))
    throw new ScheduleFormatError("csvUnknownZone", atPath("timeZone"), { zone: options.timeZone });
  const { records, ignored } = readCsvTable(text, sessionColumns);
  const events: ScheduleEvent[] = [];
  const guidLines = new Map<string, number>();
  const forums = new Forums();
  const drafts: number[] = [];

  for (const row of records) {
    const status = row.cell("status").toLowerCase();
    if (status === "draft") {
      drafts.push(row.line);
      continue;
    }
    if (!["", "confirmed", "cancelled", "canceled"].includes(status))
      row.fail("status", "csvUnknownStatus", { status: row.cell("status") });
    const guid = row.cell("guid") || null;
    if (guid) {
      const earlier = guidLines.get(guid.toLowerCase());
      if (earlier) row.fail("guid", "csvGuidTwice", { guid, line: String(earlier) });
      guidLines.set(guid.toLowerCase(), row.line);
    }
    const title = row.cell("title") || row.fail("title", "csvNeedsTitle");
    if (title.length > 300) row.fail("title", "csvTitleTooLong", { max: 300 });
    const { start, durationMinutes } = readTimes(row, options.timeZone);
    events.push({
      guid,
      id: null,
      start: start.toISOString(),
      durationMinutes,
      room: row.cell("room") || row.fail("room", "csvNeedsRoom"),
      title,
      titleEn: row.cell("title_en") || null,
      subtitle: "",
      track: row.cell("track") || null,
      group: forums.slugOf(row),
      type: row.cell("type") || "talk",
      language: readLanguage(row),
      abstract: row.cell("abstract"),
      abstractEn: row.cell("abstract_en") || null,
      description: "",
      slug: null,
      url: null,
      cancelled: status === "cancelled" || status === "canceled",
      persons: readPersons(row),
      links: [],
    });
  }
  if (drafts.length) ignored.push({ code: "csvDrafts", at: [at.line(drafts[0]!)], count: drafts.length });

  const dates = events.map((e) => instantToLocalDate(new Date(e.start), options.timeZone)).sort();
  const startDate = options.startDate ?? dates[0];
  const endDate = options.endDate ?? dates.at(-1);
  if (!startDate || !endDate) throw new CsvFormatError("csvNoSessions", 2);
  const inOrder = (pick: (e: ScheduleEvent) => string | null) => [
    ...new Set(events.map(pick).filter((v): v is string => v !== null)),
  ];
  return {
    document: {
      conference: {
        acronym: options.acronym,
        title: options.title,
        subtitle: "",
        venue: "",
        city: "",
        startDate,
        endDate,
        timeZone: options.timeZone,
        url: null,
        languages: inOrder((e) => e.language || null),
      },
      rooms: inOrder((e) => e.room).map((name) => ({ name, guid: null })),
      tracks: inOrder((e) => e.track).map((name) => ({ name, color: null })),
      groups: forums.groups(events, options.timeZone),
      events,
    },
    ignored,
  };
}

function readTimes(row: CsvRecord, timeZone: string): { start: Date; durationMinutes: number } {
  const unreadable = (column: string, cell: string) =>
    row.fail(column, "csvUnreadableTime", { cell, format: LOCAL_DATE_TIME_FORMAT });
  const startCell = row.cell("start") || row.fail("start", "csvNeedsStart");
  const start = readInstant(startCell, timeZone) ?? unreadable("start", startCell);
  const durationCell = row.cell("duration");
  const duration = /^\d+$/.test(durationCell) ? Number(durationCell) : null;
  if (durationCell && (duration === null || duration <= 0))
    row.fail("duration", "csvBadDuration", { duration: durationCell });
  const endCell = row.cell("end");
  if (!endCell) {
    if (duration === null) row.fail("end", "csvNeedsEnd");
    return { start, durationMinutes: duration! };
  }
  const end = readInstant(endCell, timeZone) ?? unreadable("end", endCell);
  if (end <= start) row.fail("end", "csvEndNotAfterStart", { end: endCell, start: startCell });
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  if (duration !== null && duration !== minutes) row.fail("duration", "csvDurationDisagrees", { duration, minutes });
  return { start, durationMinutes: minutes };
}

function readLanguage(row: CsvRecord): string {
  const language = row
    .cell("language")
    .replace(/_/g, "-")
    .replace(/^[A-Za-z]{2,3}/, (primary) => primary.toLowerCase());
  if (language && !LANGUAGE.test(language)) row.fail("language", "csvBadLanguage", { language: row.cell("language") });
  return language;
}

function readPersons(row: CsvRecord): SchedulePerson[] {
  const people = row.read("speakers", readPeople);
  const guids = row
    .cell("speaker_guids")
    .split(/[;；]/)
    .map((g) => g.trim());
  while (guids.length && guids.at(-1) === "") guids.pop();
  if (guids.length && guids.length !== people.length)
    row.fail("speaker_guids", "csvGuidCount", { guids: guids.length, people: people.length });
  const wrong = guids.find((g) => g && !isUuid(g));
  if (wrong) row.fail("speaker_guids", "csvNotUuid", { value: wrong });
  return people.map((p, i) => ({ name: p.name, guid: guids[i] || null, id: null, role: p.role }));
}

/** Forums named by the forum / forum_name columns, in order of appearance. */
class Forums {
  private readonly found = new Map<string, { name: string; firstLine: number }>();
  private readonly bySlugOfName = new Map<string, string>();
  private readonly taken = new Set<string>();

  slugOf(row: CsvRecord): string | null {
    const given = row.cell("forum").toLowerCase();
    const name = row.cell("forum_name");
    if (given && !isSlug(given)) row.fail("forum", "csvNotSlug", { value: row.cell("forum") });
    if (!given && !name) return null;
    // A forum named without a slug keeps one slug throughout the file.
    const slug = given || this.bySlugOfName.get(name) || uniqueSlug(name, "forum", this.taken);
    this.taken.add(slug);
    if (name && !this.bySlugOfName.has(name)) this.bySlugOfName.set(name, slug);
    const known = this.found.get(slug);
    if (!known) this.found.set(slug, { name: name || slug, firstLine: row.line });
    else if (known.name === slug && name) known.name = name;
    return slug;
  }

  /** Each forum dated by its earliest session. */
  groups(events: ScheduleEvent[], timeZone: string): ScheduleGroup[] {
    return [...this.found].map(([slug, { name }]) => {
      const first = events.filter((e) => e.group === slug).reduce((a, b) => (b.start < a.start ? b : a));
      return { slug, name, nameEn: null, date: instantToLocalDate(new Date(first.start), timeZone) };
    });
  }
}

/**
 * One row of a speakers CSV, to apply to a profile: match by guid, else by slug,
 * else add a speaker. A field is present only when the file has its column, so a
 * file without `bio` leaves every bio alone; an empty cell clears the field.
 */
export interface SpeakerCsvRow {
  /** The row's line in the file, for messages. */
  line: number;
  /** A UUID, lowercase; null when the cell is empty or the file has no such column. */
  guid: string | null;
  slug: string | null;
  name: string;
  nameEn?: string;
  position?: string;
  positionEn?: string;
  organization?: string;
  organizationEn?: string;
  bio?: string;
  bioEn?: string;
  links?: SpeakerLink[];
  /** Null clears the photo. */
  photo?: string | null;
  /** Replaces the speaker's times at the conference; local date-times of the conference, `YYYY-MM-DDTHH:mm`. */
  unavailability?: CellWindow[];
}

type TextField = "nameEn" | "position" | "positionEn" | "organization" | "organizationEn" | "bio" | "bioEn";
// The limits of the speaker form (db/mutations/speakers/speaker-form.ts).
const textFields: Array<[column: string, field: TextField, max: number]> = [
  ["name_en", "nameEn", 120],
  ["position", "position", 200],
  ["position_en", "positionEn", 200],
  ["organization", "organization", 200],
  ["organization_en", "organizationEn", 200],
  ["bio", "bio", 20_000],
  ["bio_en", "bioEn", 20_000],
];

/** A speakers CSV as rows to apply; account_email and sessions are the export's and are reported as ignored. */
export function parseSpeakersCsv(text: string): { rows: SpeakerCsvRow[]; ignored: ImportNote[] } {
  const { records, ignored } = readCsvTable(text, speakerColumns);
  const seen = { guid: new Map<string, number>(), slug: new Map<string, number>() };
  const rows = records.map((row): SpeakerCsvRow => {
    const guid = row.cell("guid").toLowerCase() || null;
    if (guid && !isUuid(guid)) row.fail("guid", "csvNotUuid", { value: row.cell("guid") });
    const slug = row.cell("slug").toLowerCase() || null;
    if (slug && !isSlug(slug)) row.fail("slug", "csvNotSlug", { value: row.cell("slug") });
    for (const [key, value] of [
      ["guid", guid],
      ["slug", slug],
    ] as const) {
      if (!value) continue;
      const earlier = seen[key].get(value);
      if (earlier) row.fail(key, "csvValueTwice", { value, line: String(earlier) });
      seen[key].set(value, row.line);
    }
    const name = row.cell("name") || row.fail("name", "csvNeedsName");
    if (name.length > 120) row.fail("name", "csvNameTooLong", { max: 120 });
    const result: SpeakerCsvRow = { line: row.line, guid, slug, name };
    for (const [column, field, max] of textFields) {
      if (!row.has(column)) continue;
      const value = row.cell(column);
      if (value.length > max) row.fail(column, "csvTextTooLong", { max });
      result[field] = value;
    }
    if (row.has("links")) result.links = row.read("links", readLinks);
    if (row.has("photo")) result.photo = row.read("photo", readPhoto);
    if (row.has("unavailability")) result.unavailability = row.read("unavailability", readWindows);
    return result;
  });
  return { rows, ignored };
}

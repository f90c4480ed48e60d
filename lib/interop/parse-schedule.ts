import { atPath } from "./import-report";
import type { ParsedSchedule } from "./schedule-document";
import { ScheduleFormatError } from "./schedule-document";
import { parseSessionsCsv } from "./csv-import";
import { parseJson, isObject } from "./json-read";
import { parseScheduleIcal } from "./schedule-ical-import";
import { readScheduleJson } from "./schedule-json-import";
import { parseScheduleXml } from "./schedule-xml-import";
import { isSessionizeAll, readSessionize } from "./sessionize-import";
import type { ZoneOptions } from "./zone-reader";

export type ImportFormat = "xml" | "json" | "ics" | "csv";

/** A file of none of the formats Podium reads: one message naming them, whatever the file was. */
export class UnsupportedFormatError extends ScheduleFormatError {
  constructor(fileName: string) {
    super("unsupportedFormat", atPath(fileName));
    this.name = "UnsupportedFormatError";
  }
}

/** A file that is meant as CSV (by its name, or a spreadsheet's own bytes) but is not UTF-8 text. */
export class NotUtf8CsvError extends ScheduleFormatError {
  constructor(fileName: string) {
    super("notUtf8Csv", atPath(fileName));
    this.name = "NotUtf8CsvError";
  }
}

/** The format of an upload by what it holds; the name only tells a CSV from an unknown text. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return "ics";
  if (head.startsWith("<")) return "xml";
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  const firstLine = head.slice(0, 10_000).split(/\r?\n/, 1)[0]!;
  if (/\.csv$/i.test(fileName) || (/[,;\t]/.test(firstLine) && !/[\u0000-\u0008\u000e-\u001f]/.test(firstLine)))
    return "csv";
  throw new UnsupportedFormatError(fileName);
}

/** An upload's bytes as text; a file that is not UTF-8 gets the CSV hint only when it is meant as CSV. */
export function decodeUpload(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // xlsx is a zip (PK\3\4), xls an OLE file (D0 CF 11 E0): a spreadsheet saved in the wrong format.
    const spreadsheet = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
    if (/\.(csv|xlsx?)$/i.test(fileName) || spreadsheet) throw new NotUtf8CsvError(fileName);
    throw new UnsupportedFormatError(fileName);
  }
}

/** CSV rows carry no conference: its name, slug and zone come from where it is imported. */
export interface CsvConference {
  acronym: string;
  title: string;
  timeZone: string;
}

export interface ReadOptions extends ZoneOptions {
  /** The conference imported into, when it exists: recurring calendar events are expanded within its dates. */
  conferenceDates?: { startDate: string; endDate: string } | null;
}

/** Parses a schedule file of any supported format; a CSV needs the conference it is for. */
export function parseSchedule(
  fileName: string,
  text: string,
  csvConference?: CsvConference,
  options: ReadOptions = {},
): ParsedSchedule {
  const format = detectFormat(fileName, text);
  const fallbackTitle = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  if (format === "ics") return parseScheduleIcal(text, { ...options, fallbackTitle });
  if (format === "xml") {
    if (!/<schedule[\s>/]/.test(text.slice(0, 100_000))) throw new UnsupportedFormatError(fileName);
    return parseScheduleXml(text, options);
  }
  if (format === "json") {
    const root = parseJson(text);
    if (isObject(root) && "schedule" in root) return readScheduleJson(root, options);
    if (isSessionizeAll(root)) return readSessionize(root, { ...options, fallbackTitle });
    throw new UnsupportedFormatError(fileName);
  }
  if (!csvConference) throw new ScheduleFormatError("csvWithoutConference", atPath(fileName));
  return parseSessionsCsv(text, csvConference);
}

/** A CSV in the speakers template: it has a `name` column and no `title` (sessions have titles). */
export function isSpeakersCsv(fileName: string, text: string): boolean {
  try {
    if (detectFormat(fileName, text) !== "csv") return false;
  } catch {
    return false;
  }
  const header = text
    .replace(/^\uFEFF/, "")
    .slice(0, 10_000)
    .split(/\r?\n/, 1)[0]!
    .split(",")
    .map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
  return header.includes("name") && !header.includes("title");
}

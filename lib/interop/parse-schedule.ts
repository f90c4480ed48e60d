import type { ParsedSchedule } from "./schedule-document";
import { ScheduleFormatError } from "./schedule-document";
import { parseSessionsCsv } from "./csv-import";
import { parseScheduleJson } from "./schedule-json-import";
import { parseScheduleXml } from "./schedule-xml-import";

export type ImportFormat = "xml" | "json" | "csv";

/** The format of an upload, by its name first, else by its first character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const extension = fileName.toLowerCase().split(".").pop();
  if (extension === "xml") return "xml";
  if (extension === "json") return "json";
  if (extension === "csv") return "csv";
  const first = text.replace(/^\uFEFF/, "").trimStart()[0];
  if (first === "<") return "xml";
  if (first === "{" || first === "[") return "json";
  return "csv";
}

/** CSV rows carry no conference: its name, slug and zone come from where it is imported. */
export interface CsvConference {
  acronym: string;
  title: string;
  timeZone: string;
}

/** Parses a schedule file of any supported format; a CSV needs the conference it is for. */
export function parseSchedule(fileName: string, text: string, csvConference?: CsvConference): ParsedSchedule {
  const format = detectFormat(fileName, text);
  if (format === "xml") return parseScheduleXml(text);
  if (format === "json") return parseScheduleJson(text);
  if (!csvConference) throw new ScheduleFormatError("a CSV file has no conference in it: import it into one with --conference SLUG", fileName);
  return parseSessionsCsv(text, csvConference);
}

/** A CSV in the speakers template: it has a `name` column and no `title` (sessions have titles). */
export function isSpeakersCsv(fileName: string, text: string): boolean {
  if (detectFormat(fileName, text) !== "csv") return false;
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]!.split(",").map((c) => c.trim().replace(/^"|"$/g, "").toLowerCase());
  return header.includes("name") && !header.includes("title");
}

import type { NoteCode, PlaceCode, RefusalCode } from "./import-codes";

// The shapes an import reports in — codes with values, never sentences — and how they
// become words: `describe*` take the translator of the "importReport" namespace, so the
// upload page says them in the viewer's language and the command line in English.

/** What a code's words name: a zone, an element, a line. */
export type Values = Record<string, string | number>;

export interface PlacePart {
  code: PlaceCode;
  values?: Values;
}

/** Where in a file: the first part, then details (`event 6210` in `day 1`, `room K.3.201`, `line 100`). */
export type Place = readonly PlacePart[];

/** Content ignored or a decision made, counted by kind, with where it first occurred. */
export interface ImportNote {
  code: NoteCode;
  values?: Values;
  at: Place;
  count: number;
}

/** Why a file was not imported, and where. */
export interface ImportRefusal {
  code: RefusalCode;
  values?: Values;
  at: Place;
}

const part = (code: PlaceCode, values?: Values): PlacePart => (values ? { code, values } : { code });

/**
 * The parts of places. Numbers are passed as text: a line is `line 1234`, never
 * `line 1,234` as a number format would write it.
 */
export const at = {
  line: (line: number) => part("line", { line: String(line) }),
  cell: (line: number, column: string) => part("cell", { line: String(line), column }),
  position: (line: number, column: number, position: number) =>
    part("position", { line: String(line), column: String(column), position: String(position) }),
  event: (event: string) => part("event", { event }),
  day: (day: string) => (/^\d+$/.test(day) ? part("day", { day }) : part("dayOf", { date: day })),
  room: (room: string) => part("room", { room }),
  element: (element: string) => part("element", { element }),
  field: (field: string) => part("field", { field }),
  vevent: (index: number, summary: string) =>
    summary ? part("veventTitled", { index: String(index), summary }) : part("vevent", { index: String(index) }),
  /** A name the file or the command line gives the place itself: a JSON path, an option, a file name. */
  path: (path: string) => part("path", { path }),
  document: () => part("document"),
  header: () => part("header"),
  root: (elements: string[]) => (elements.length ? part("root", { elements: elements.join(">, <") }) : part("noRoot")),
  newConferenceCsv: (slug: string) => part("newConferenceCsv", { slug }),
};

/** A place that is one JSON path, option or file name. */
export const atPath = (path: string): Place => [at.path(path)];

/** The translator of the "importReport" namespace, or anything that says its keys. */
export type Say = (key: string, values?: Values) => string;

export function describePlace(say: Say, place: Place): string {
  const [head, ...details] = place.map((p) => say(`at.${p.code}`, p.values));
  if (head === undefined) return "";
  return details.length ? say("at.withDetails", { head, details: details.join(say("at.separator")) }) : head;
}

export const describeNote = (say: Say, note: { code: NoteCode; values?: Values }): string =>
  say(note.code, note.values);

/** The refusal and its place, as one sentence: `Unreadable duration "soon": … (event 9 (day 1, line 40))`. */
export const describeRefusal = (say: Say, refusal: ImportRefusal): string =>
  say("refusedAt", { refusal: say(refusal.code, refusal.values), where: describePlace(say, refusal.at) });

import { z } from "zod";
import {
  sessionRoles,
  speakerLinkKinds,
  type SessionRole,
  type SpeakerLink,
  type SpeakerLinkKind,
} from "@/lib/domain/vocabulary";
import { isStoredPhotoUrl } from "@/lib/photos/photo-url";
import { instantToLocalDate, instantToLocalTime, isLocalDate, zonedToInstant } from "@/lib/time/zoned";
import { LIST_SEPARATOR } from "./csv-template";
import type { RefusalCode } from "./import-codes";
import type { Values } from "./import-report";

// The formats of the template's cells, both ways: the export writes with the
// `format*` functions, the import reads with the `read*` ones, which throw a
// CellError the table turns into a message with the line and the column.

export class CellError extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly values?: Values,
  ) {
    super(code);
    this.name = "CellError";
  }
}

/** Items of a list cell; the full-width `；` a Chinese keyboard types counts as `;`. */
export const listItems = (cell: string): string[] =>
  cell
    .split(/[;；]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function formatLocalDateTime(instant: Date, timeZone: string): string {
  return `${instantToLocalDate(instant, timeZone)} ${instantToLocalTime(instant, timeZone)}`;
}

// Excel rewrites dates by the computer's locale: `2017/12/1 9:00`, sometimes with seconds.
const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::00)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A local date-time as `YYYY-MM-DDTHH:mm` (what lib/time/zoned takes), or null when it is not one. */
export function readLocalDateTime(cell: string): string | null {
  const m = LOCAL.exec(cell);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((part) => part.padStart(2, "0")) as [string, string, string, string, string];
  const value = `${y}-${mo}-${d}T${h}:${mi}`;
  return isLocalDate(value.slice(0, 10)) && Number(h) < 24 && Number(mi) < 60 ? value : null;
}

/** A local time of the conference, or an ISO instant with its offset; whole minutes only. */
export function readInstant(cell: string, timeZone: string): Date | null {
  const local = readLocalDateTime(cell);
  if (local) return zonedToInstant(local, timeZone);
  if (!INSTANT.test(cell) || !isLocalDate(cell.slice(0, 10))) return null;
  const instant = new Date(cell.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export interface CellPerson {
  name: string;
  role: SessionRole;
}

const OPEN = new Set(["[", "［"]);
const CLOSE = new Set(["]", "］"]);

/** `Name [role]` read by scanning, not by a regex: a cell of ten thousand `[` must not make the import backtrack. */
function splitRole(item: string): { name: string; role: string } | null {
  if (!CLOSE.has(item.at(-1)!)) return null;
  let open = -1;
  for (let i = item.length - 2; i >= 0; i -= 1) {
    if (CLOSE.has(item[i]!)) break;
    if (OPEN.has(item[i]!)) open = i;
  }
  return open < 0 ? null : { name: item.slice(0, open).trim(), role: item.slice(open + 1, -1).trim() };
}

/** `王斌; 李霞 [moderator]`: the role is written only when it is not `speaker`. */
export const formatPeople = (people: readonly CellPerson[]): string =>
  people.map((p) => (p.role === "speaker" ? p.name : `${p.name} [${p.role}]`)).join(LIST_SEPARATOR);

export function readPeople(cell: string): CellPerson[] {
  return listItems(cell).map((item) => {
    const m = splitRole(item);
    if (!m) {
      if (/[[\]［］]/.test(item)) throw new CellError("cellPeople", { item: item.slice(0, 80) });
      return { name: item, role: "speaker" };
    }
    const role = m.role.toLowerCase();
    if (!m.name) throw new CellError("cellRoleWithoutName", { item: item.slice(0, 80) });
    if (!(sessionRoles as readonly string[]).includes(role))
      throw new CellError("cellUnknownRole", {
        role: m.role.slice(0, 40),
        name: m.name.slice(0, 80),
        roles: sessionRoles.join(", "),
      });
    return { name: m.name, role: role as SessionRole };
  });
}

// The rule of the speaker form (db/mutations/speakers/speaker-form.ts linkRow), restated because
// that module carries the database; keep the two alike.
const linkUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((v) => !/[\u0000-\u0020\u007f-\u009f]/.test(v));

/** `website https://… label; weibo https://…`; a `;` inside an address is written %3B so the list stays readable. */
export const formatLinks = (links: readonly SpeakerLink[]): string =>
  links
    .map((l) => [l.kind, l.url.replaceAll(";", "%3B"), l.label?.replaceAll(/[;；]/g, ",")].filter(Boolean).join(" "))
    .join(LIST_SEPARATOR);

/** Links as `kind url [label]`; a bare address is a `website`. */
export function readLinks(cell: string): SpeakerLink[] {
  const links = listItems(cell).map((item): SpeakerLink => {
    const [first = "", ...rest] = item.split(/\s+/);
    const hasKind = !/^[a-z][a-z0-9+.-]*:/i.test(first);
    const kind = hasKind ? first.toLowerCase() : "website";
    const [url = "", ...label] = hasKind ? rest : [first, ...rest];
    if (!(speakerLinkKinds as readonly string[]).includes(kind)) {
      throw /[./]/.test(first)
        ? new CellError("cellNotAddress", { value: first })
        : new CellError("cellUnknownLinkKind", { kind: first, kinds: speakerLinkKinds.join(", ") });
    }
    if (!linkUrl.safeParse(url).success) throw new CellError("cellNotAddress", { value: url || item });
    const text = label.join(" ");
    if (text.length > 80) throw new CellError("cellLabelTooLong", { url, max: 80 });
    return { kind: kind as SpeakerLinkKind, url, ...(text ? { label: text } : {}) };
  });
  if (links.length > 20) throw new CellError("cellTooManyLinks", { max: 20 });
  return links;
}

/** Empty, a photo uploaded to Podium, or an https address: the speaker form's rule. */
export function readPhoto(cell: string): string | null {
  if (cell === "") return null;
  if (isStoredPhotoUrl(cell) || z.url({ protocol: /^https$/ }).safeParse(cell).success) return cell;
  throw new CellError("cellBadPhoto", { value: cell });
}

export interface CellWindow {
  /** Local date-times of the conference, `YYYY-MM-DDTHH:mm`, as the speaker form takes them. */
  startsAt: string;
  endsAt: string;
  note: string;
}

export const formatWindows = (
  windows: ReadonlyArray<{ startsAt: Date; endsAt: Date; note: string }>,
  timeZone: string,
): string =>
  windows
    .map(
      (w) =>
        `${formatLocalDateTime(w.startsAt, timeZone)}–${formatLocalDateTime(w.endsAt, timeZone)}${w.note ? ` ${w.note.replaceAll(/[;；]/g, ",")}` : ""}`,
    )
    .join(LIST_SEPARATOR);

const DATE_TIME = String.raw`\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d{2}`;
const WINDOW = new RegExp(String.raw`^(${DATE_TIME})\s*[–—~-]\s*(${DATE_TIME}|\d{1,2}:\d{2})(?:\s+([\s\S]*))?$`);

/** `2017-12-01 09:00–2017-12-01 12:00 note`; the end may be a time of the same day (`–12:00`). */
export function readWindows(cell: string): CellWindow[] {
  const windows = listItems(cell).map((item) => {
    const m = WINDOW.exec(item);
    const startsAt = m ? readLocalDateTime(m[1]!) : null;
    const endsAt =
      m && startsAt
        ? readLocalDateTime(/^\d{1,2}:\d{2}$/.test(m[2]!) ? `${startsAt.slice(0, 10)} ${m[2]}` : m[2]!)
        : null;
    if (!startsAt || !endsAt) throw new CellError("cellBadWindow", { item });
    if (endsAt <= startsAt) throw new CellError("cellWindowEndsBefore", { item });
    const note = m![3]?.trim() ?? "";
    if (note.length > 200) throw new CellError("cellNoteTooLong", { item: item.slice(0, 40), max: 200 });
    return { startsAt, endsAt, note };
  });
  if (windows.length > 50) throw new CellError("cellTooManyWindows", { max: 50 });
  return windows;
}

// OWASP "CSV Injection": a spreadsheet runs a cell that begins with one of these as a
// formula (=HYPERLINK(…), DDE). A leading apostrophe makes it text; the import takes it off again.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralizeFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const restoreFormula = (cell: string): string =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1).trim() : cell;

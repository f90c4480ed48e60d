import { frabEventFields } from "./frab-fields";
import type { ImportLog } from "./import-log";
import type { Place } from "./import-report";
import type { XmlElement } from "./schedule-xml-read";

// Elements and attributes the schedule XML reader takes into the document. <version>,
// <days> and the day frame are read or implied without being kept; everything else is
// reported as ignored, once per kind, with where it first occurred.
const KNOWN = {
  schedule: ["version", "conference", "day", "tracks"],
  conference: [
    "acronym",
    "title",
    "subtitle",
    "venue",
    "city",
    "start",
    "end",
    "days",
    "time_zone_name",
    "url",
    "base_url",
    "track",
    "day_change",
  ],
  tracks: ["track"],
  track: ["@name", "@color", "#text"],
  day: ["@date", "@start", "@end", "@index", "room", "event"],
  room: ["@name", "@guid", "event"],
  // `person` straight inside an event is a hand-rolled generator's; it is read too.
  event: ["@id", "@guid", ...frabEventFields, "person"],
  persons: ["person"],
  person: ["@id", "@guid", "#text"],
  links: ["link"],
  link: ["@href", "#text"],
} satisfies Record<string, string[]>;
const known = Object.fromEntries(Object.entries(KNOWN).map(([k, v]) => [k, new Set(v)]));

export type KnownElement = keyof typeof KNOWN;

/** Reports what `node` holds beyond what the reader takes from an element of its kind. */
export function reportUnknown(log: ImportLog, node: XmlElement, element: KnownElement, where: Place) {
  for (const key of Object.keys(node)) {
    const list = node[key];
    if (known[element]!.has(key)) continue;
    if (key === "#text") {
      if (String(list).trim()) log.ignore("xmlText", where, { element });
    } else if (key.startsWith("@")) log.ignore("xmlAttribute", where, { attribute: key.slice(1), element });
    else log.ignore("xmlElement", where, { element: key, parent: element }, Array.isArray(list) ? list.length : 1);
  }
}

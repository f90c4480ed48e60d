// The XML layer of the schedule XML import: a safe parse into plain elements
// (entities in a DOCTYPE never expanded) and small readers over them.

import { type EntityDecoderOptions, XMLParser, XMLValidator } from "fast-xml-parser";
import { at } from "./import-report";
import { ScheduleFormatError } from "./schedule-document";

export type XmlElement = { [key: string]: unknown; [meta: symbol]: unknown };

const META = XMLParser.getMetaDataSymbol() as symbol;
const CHAR_REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Parses well-formed XML with a single <schedule> root; entities declared in a DOCTYPE are never expanded. */
export function readDocument(text: string, onDeclaredEntities: (names: string[]) => void): { schedule: XmlElement } {
  const body = text.replace(/^\uFEFF/, "");
  const validation = XMLValidator.validate(body);
  if (validation !== true)
    throw new ScheduleFormatError("malformedXml", [at.line(validation.err.line)], { detail: validation.err.msg });
  let root: XmlElement;
  try {
    root = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      captureMetaData: true,
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
      processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 10_000 },
      entityDecoder: xmlEntityDecoder(onDeclaredEntities),
    }).parse(body) as XmlElement;
  } catch (error) {
    throw new ScheduleFormatError("malformedXml", [at.document()], { detail: (error as Error).message });
  }
  const roots = Object.keys(root).filter((k) => !k.startsWith("?"));
  const schedules = root.schedule;
  if (roots.length !== 1 || !Array.isArray(schedules) || schedules.length !== 1) {
    throw new ScheduleFormatError("xmlRoot", [at.root(roots)]);
  }
  return { schedule: asElement(schedules[0]) };
}

/** XML's five entities and character references, in one pass so `&amp;#38;` stays `&#38;`. */
function xmlEntityDecoder(onDeclaredEntities: (names: string[]) => void): EntityDecoderOptions {
  return {
    setExternalEntities: () => {},
    addInputEntities: (entities) => {
      const names = Object.keys(entities);
      if (names.length > 0) onDeclaredEntities(names);
    },
    reset: () => {},
    setXmlVersion: () => {},
    decode: (value) =>
      value.replace(
        CHAR_REFERENCE,
        (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
          if (name) return NAMED[name]!;
          const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
          const legal =
            code === 0x9 ||
            code === 0xa ||
            code === 0xd ||
            (code >= 0x20 && code <= 0xd7ff) ||
            (code >= 0xe000 && code <= 0xfffd) ||
            (code >= 0x10000 && code <= 0x10ffff);
          return legal ? String.fromCodePoint(code) : "";
        },
      ),
  };
}

/** The character offset where the parser saw the element start, when it kept it. */
export const startIndexOf = (node: XmlElement) => (node[META] as { startIndex?: number } | undefined)?.startIndex;

export function lineFinder(text: string): (index: number) => number {
  let breaks: number[] | null = null;
  return (index) => {
    breaks ??= [...text.matchAll(/\n/g)].map((m) => m.index);
    let [low, high] = [0, breaks.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < index) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

function asElement(node: unknown): XmlElement {
  return typeof node === "object" && node !== null
    ? (node as XmlElement)
    : { "#text": typeof node === "string" ? node : "" };
}

export function children(node: XmlElement, name: string): XmlElement[] {
  const list = node[name];
  return Array.isArray(list) ? list.map(asElement) : [];
}

export function first(node: XmlElement, name: string): XmlElement | undefined {
  return children(node, name)[0];
}

export function textOf(node: XmlElement): string {
  const text = node["#text"];
  return typeof text === "string" ? text : "";
}

/** The trimmed text of the first child of that name with text, "" when absent or empty (wafer writes `<abstract/>` twice). */
export function field(node: XmlElement, name: string): string {
  for (const child of children(node, name)) {
    const text = textOf(child).trim();
    if (text) return text;
  }
  return "";
}

export function attr(node: XmlElement, name: string): string {
  const value = node[`@${name}`];
  return typeof value === "string" ? value.trim() : "";
}

/** A positive integer id; 0, negatives and words are no id (33C3 writes `person id="0"` for hundreds of people). */
export function positiveId(value: string): number | null {
  return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) && Number(value) > 0 ? Number(value) : null;
}

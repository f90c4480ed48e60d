// A small writer of indented XML 1.0 text: elements open and close in order, text and
// attribute values are escaped, and an element with nothing inside is written self-closing.

/** Characters XML 1.0 forbids even as character references. */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
};

/** Attributes in the order written; a null value leaves the attribute out. */
export type Attrs = Record<string, string | null>;

export class XmlWriter {
  private readonly lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;
  private openedLast = false;

  open(name: string, attrs: Attrs = {}) {
    this.lines.push(`${"  ".repeat(this.depth++)}<${name}${attributes(attrs)}>`);
    this.openedLast = true;
  }

  close(name: string) {
    this.depth--;
    if (this.openedLast) this.lines.push(`${this.lines.pop()!.slice(0, -1)}/>`);
    else this.lines.push(`${"  ".repeat(this.depth)}</${name}>`);
    this.openedLast = false;
  }

  leaf(name: string, text: string, attrs: Attrs = {}) {
    const body = escapeXml(text, false);
    this.lines.push(`${"  ".repeat(this.depth)}<${name}${attributes(attrs)}${body ? `>${body}</${name}>` : "/>"}`);
    this.openedLast = false;
  }

  toString() {
    return `${this.lines.join("\n")}\n`;
  }
}

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join("");
}

/**
 * Escapes text for XML 1.0 content or a double-quoted attribute. Characters XML
 * cannot carry are dropped; line ends become `\n` as any XML parser would make them.
 */
function escapeXml(value: string, inAttribute: boolean): string {
  const clean = value.replace(ILLEGAL_XML_CHARS, "").replace(/\r\n?/g, "\n");
  // In attributes, tabs and newlines are written as references so that attribute-value normalization keeps them.
  return clean.replace(inAttribute ? /[&<>"\t\n]/g : /[&<>]/g, (c) => ESCAPES[c]!);
}

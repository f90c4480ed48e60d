// Calendar descriptions often carry HTML (pretalx, Google Calendar). Reduced to
// plain text in one linear pass of simple patterns: no nested quantifiers, so a
// hostile description cannot make the import backtrack.

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote|pre)\s*>|<br\s*\/?>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const TAG = /<\/?[a-zA-Z!][^<>]*>/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Plain text for a description that contains HTML tags; text without tags is returned as it is. */
export function htmlToText(value: string): string {
  if (!/<\/?[a-zA-Z][^<>]*>/.test(value)) return value;
  const text = value
    .replace(/\r\n?/g, "\n")
    .replace(BLOCK_END, "\n")
    .replace(LIST_ITEM, "\n• ")
    .replace(TAG, "")
    .replace(ENTITY, (_m, name: string) => {
      if (!name.startsWith("#")) return NAMED[name]!;
      const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    });
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

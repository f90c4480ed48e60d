import { findMatchRanges, isWordChar } from "./match";

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Splits `text` into plain and matching runs, so a page can wrap matches in <mark> without raw HTML. */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of findMatchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

const ELLIPSIS = "…";
// How far a cut may move to land between words rather than inside one.
const WORD_SLACK = 15;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const insideWord = (text: string, index: number) =>
  isWordChar(text.charAt(index - 1)) && isWordChar(text.charAt(index));

/**
 * At most `maxLength` characters of `text` (ellipses included) around the
 * first match, with a little context before it; the start of the text when
 * nothing matches. Whitespace runs become single spaces.
 */
export function excerpt(text: string, terms: readonly string[], maxLength = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const limit = Math.max(3, Math.floor(maxLength));
  if (flat.length <= limit) return flat;

  const first = findMatchRanges(flat, terms)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(limit / 4)) : 0;
  let end: number;
  if (start === 0) end = limit - 1;
  else if (start + limit - 1 >= flat.length) [start, end] = [flat.length - (limit - 1), flat.length];
  else end = start + limit - 2;

  if (start > 0 && insideWord(flat, start)) {
    const space = flat.indexOf(" ", start);
    if (space !== -1 && space < start + WORD_SLACK && (!first || space < first[0])) start = space + 1;
  }
  if (end < flat.length && insideWord(flat, end)) {
    const space = flat.lastIndexOf(" ", end);
    if (space > end - WORD_SLACK && space > start && (!first || space >= first[1])) end = space;
  }
  if (start > 0 && isHighSurrogate(flat.charCodeAt(start - 1))) start += 1;
  if (end < flat.length && isHighSurrogate(flat.charCodeAt(end - 1))) end -= 1;

  return `${start > 0 ? ELLIPSIS : ""}${flat.slice(start, end).trim()}${end < flat.length ? ELLIPSIS : ""}`;
}

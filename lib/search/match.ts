// Where a search term occurs in a text. One definition shared by filtering,
// ranking and highlighting, so what is found is exactly what gets marked.

// Letters of scripts that separate words with spaces, and digits. A term that
// starts with one matches at the start of a word only ("AI" finds "AI", not
// "Chairman"); Chinese has no word boundaries, so Chinese terms match anywhere.
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/** Lower-cases without changing the length, so offsets in the result are offsets in `text`. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = "";
  for (const char of text) {
    const l = char.toLowerCase();
    folded += l.length === char.length ? l : char;
  }
  return folded;
}

export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

function startsWord(text: string, index: number): boolean {
  return index === 0 || !isWordChar(text.charAt(index - 1));
}

// The next occurrence of `needle` in `haystack` from `from` on, both already folded; -1 if none.
function nextOccurrence(haystack: string, needle: string, from: number): number {
  if (needle === "") return -1;
  const wordStart = isWordChar(needle.charAt(0));
  for (let i = haystack.indexOf(needle, from); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (!wordStart || startsWord(haystack, i)) return i;
  }
  return -1;
}

/** Whether a folded term occurs in a folded text; for callers that fold once and test many times. */
export function containsFoldedTerm(foldedText: string, foldedTerm: string): boolean {
  return nextOccurrence(foldedText, foldedTerm, 0) !== -1;
}

// Indexed text is NFKC already; text shown on a page may not be (full-width ＩＰ).
// Normalizes character by character, where that keeps the length, so offsets hold.
// ASCII runs are folded whole (NFKC leaves ASCII as it is): an English abstract with one
// curly quote would otherwise be normalized a character at a time, for every hit shown.
function foldForDisplay(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let folded = "";
  for (const [run] of text.matchAll(/[\x00-\x7f]+|[^\x00-\x7f]+/g)) {
    if (run.charCodeAt(0) < 0x80) {
      folded += run.toLowerCase();
      continue;
    }
    for (const char of run) {
      const normalized = char.normalize("NFKC").toLowerCase();
      folded += normalized.length === char.length ? normalized : foldCase(char);
    }
  }
  return folded;
}

/** Offsets `[start, end)` of each occurrence of `term` in `text`, ignoring case and width. */
export function findTermRanges(text: string, term: string): Array<[number, number]> {
  const haystack = foldForDisplay(text);
  const needle = foldForDisplay(term);
  const ranges: Array<[number, number]> = [];
  for (let i = nextOccurrence(haystack, needle, 0); i !== -1; i = nextOccurrence(haystack, needle, i + 1))
    ranges.push([i, i + needle.length]);
  return ranges;
}

/** Occurrences of all terms, sorted, with overlapping and touching ranges merged. */
export function findMatchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges = terms.flatMap((term) => findTermRanges(text, term)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

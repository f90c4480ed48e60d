// Share cards are drawn by Satori, which wraps text but cannot shrink it or end it with an
// ellipsis: these estimates choose the size and the lines beforehand, so a long Chinese
// title or a long English one fills its box without running off the card.

/** Han, kana, hangul, full-width forms and CJK punctuation: one em wide each. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The advance of one character in ems, erring wide, so a line estimated to fit does fit. */
export function charWidthEm(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === " ") return 0.28;
  if (/[A-Z@%&MW]/.test(char)) return 0.7;
  if (/[.,:;'!|ijl()[\]]/.test(char)) return 0.32;
  return 0.58;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

/** Breakable pieces: each wide character alone, a run of anything else with the spaces after it. */
function pieces(text: string): string[] {
  return text.match(new RegExp(`${WIDE.source}|[^\\s\\u1100-\\uffe6]+\\s*|\\s+|.`, "gu")) ?? [];
}

const ELLIPSIS = "…";

/** The text broken into at most `maxLines` lines of `maxWidthEm`, the last ending in … when cut. */
export function wrapText(text: string, maxWidthEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const all = pieces(text.replace(/\s+/g, " ").trim());
  for (let i = 0; i < all.length; i++) {
    const piece = all[i]!;
    if (textWidthEm(line + piece.trimEnd()) <= maxWidthEm) {
      line += piece;
      continue;
    }
    if (line) {
      lines.push(line.trimEnd());
      line = "";
    }
    // A word longer than a line is cut by characters.
    for (const char of piece) {
      if (textWidthEm(line + char) > maxWidthEm) {
        lines.push(line);
        line = "";
      }
      line += char;
    }
    if (lines.length >= maxLines) return ellipsize(lines.slice(0, maxLines), maxWidthEm);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > maxLines ? ellipsize(lines.slice(0, maxLines), maxWidthEm) : lines;
}

function ellipsize(lines: string[], maxWidthEm: number): string[] {
  let last = lines.at(-1)!;
  while (last && textWidthEm(last + ELLIPSIS) > maxWidthEm) last = [...last].slice(0, -1).join("");
  return [...lines.slice(0, -1), `${last.trimEnd()}${ELLIPSIS}`];
}

/**
 * The largest of `sizes` (px, largest first) at which the text fits `maxLines` lines of
 * `widthPx`; at the smallest, the lines cut with an ellipsis.
 */
export function fitText(
  text: string,
  widthPx: number,
  maxLines: number,
  sizes: readonly number[],
): { fontSize: number; lines: string[] } {
  for (const fontSize of sizes) {
    const lines = wrapText(text, widthPx / fontSize, Number.POSITIVE_INFINITY);
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const fontSize = sizes.at(-1)!;
  return { fontSize, lines: wrapText(text, widthPx / fontSize, maxLines) };
}

/**
 * Every character the texts use, once each, in code point order: what a font subset must
 * hold. The space included: Satori asks the network for any character its fonts lack.
 */
export function glyphSet(texts: readonly string[]): string {
  const chars = new Set<string>([" "]);
  for (const text of texts) for (const char of text) if (char === " " || char.trim()) chars.add(char);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
}

import type { SearchDocument, SearchField } from "./documents";
import { containsFoldedTerm, foldCase } from "./match";

/** A title or name counts most, then position and organization (a forum's theme and organizations), then abstract, bio or description. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 10, subtitle: 4, body: 1 };

const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

export interface DocumentScore {
  score: number;
  /** The fields in which at least one term occurs, most weighty first. */
  matchedFields: SearchField[];
}

// Lines compare as the query's terms do: punctuation is a separator like a space.
function simplify(text: string): string {
  return foldCase(text.replace(/[\s\p{P}]+/gu, " ").trim());
}

// Abstracts and bios are paragraphs: a whole-field match is only looked for in the short fields.
const WHOLE_FIELDS: SearchField[] = ["title", "subtitle"];

/**
 * Scores a document for a query, or null when some term occurs nowhere in it.
 * Each term adds the weight of every field it occurs in. A title or subtitle
 * line that is the whole query adds twice the field's weight, one that starts
 * with it half.
 */
export function scoreSearchDocument(
  document: Pick<SearchDocument, SearchField>,
  terms: readonly string[],
): DocumentScore | null {
  if (terms.length === 0) return null;
  const folded = {
    title: foldCase(document.title),
    subtitle: foldCase(document.subtitle),
    body: foldCase(document.body),
  };
  let score = 0;
  const matched = new Set<SearchField>();
  for (const term of terms.map(foldCase)) {
    const fields = FIELDS.filter((field) => containsFoldedTerm(folded[field], term));
    if (fields.length === 0) return null;
    for (const field of fields) {
      score += FIELD_WEIGHTS[field];
      matched.add(field);
    }
  }
  const phrase = simplify(terms.join(" "));
  for (const field of WHOLE_FIELDS.filter((f) => matched.has(f))) {
    const lines = document[field].split("\n").map(simplify);
    if (lines.includes(phrase)) score += FIELD_WEIGHTS[field] * 2;
    else if (lines.some((line) => line.startsWith(phrase))) score += FIELD_WEIGHTS[field] / 2;
  }
  return { score, matchedFields: FIELDS.filter((field) => matched.has(field)) };
}

const byName = new Intl.Collator("zh-CN");
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Best first; equal scores in programme order. */
export function compareForumHits(
  a: { score: number; sortKey: string; slug: string },
  b: { score: number; sortKey: string; slug: string },
): number {
  return b.score - a.score || byCodeUnit(a.sortKey, b.sortKey) || byCodeUnit(a.slug, b.slug);
}

/** Best first; equal scores in programme order. */
export function compareSessionHits(
  a: { score: number; startsAt: string; guid: string },
  b: { score: number; startsAt: string; guid: string },
): number {
  return b.score - a.score || byCodeUnit(a.startsAt, b.startsAt) || byCodeUnit(a.guid, b.guid);
}

/** Best first; equal scores by name. */
export function compareSpeakerHits(
  a: { score: number; name: string; slug: string },
  b: { score: number; name: string; slug: string },
): number {
  return b.score - a.score || byName.compare(a.name, b.name) || byCodeUnit(a.slug, b.slug);
}

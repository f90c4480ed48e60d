import { foldCase } from "./match";

export const MAX_QUERY_LENGTH = 100;

/** The FTS5 trigram tokenizer matches nothing shorter than three characters. */
export const MIN_FTS_TERM_LENGTH = 3;

/** `empty`: nothing typed; `junk`: nothing searchable typed; `too-long`: over MAX_QUERY_LENGTH. */
export type QueryStatus = "ok" | "empty" | "junk" | "too-long";

export interface NormalizedQuery {
  status: QueryStatus;
  /** What was typed, tidied (capped at MAX_QUERY_LENGTH), to show back in the search box. */
  query: string;
  /** Every term must match somewhere in a document. Empty unless status is `ok`. */
  terms: string[];
}

// FTS5 operators typed in capitals: people who type them mean syntax, not words.
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);
const SEPARATORS = /[\s\p{P}]+/u;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Tidies a search box's input (NFKC, so full-width ＩＰ is IP; whitespace and
 * control characters collapsed) and splits it into terms at spaces and
 * punctuation, dropping terms with no letter or digit and repeated terms.
 */
export function normalizeSearchQuery(input: unknown): NormalizedQuery {
  const text = typeof input === "string" ? input : "";
  const query = text
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\s]+/gu, " ")
    .trim();
  if (query === "") return { status: "empty", query, terms: [] };
  const chars = Array.from(query);
  if (chars.length > MAX_QUERY_LENGTH)
    return { status: "too-long", query: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), terms: [] };

  const seen = new Set<string>();
  const terms: string[] = [];
  for (const term of query.split(SEPARATORS)) {
    if (!SEARCHABLE.test(term) || OPERATORS.has(term)) continue;
    const key = foldCase(term);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms.length ? { status: "ok", query, terms } : { status: "junk", query, terms: [] };
}

/** Whether a term can go to FTS5 MATCH (three characters or more) or needs LIKE. */
export function isFtsTerm(term: string): boolean {
  return Array.from(term).length >= MIN_FTS_TERM_LENGTH;
}

/** An FTS5 MATCH expression requiring every term, each as a quoted string so no character is syntax. */
export function toFtsMatchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}

/** A LIKE pattern for "contains term", escaped for `ESCAPE '\'`. */
export function toLikePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

import autocannon from "autocannon";
import type { Db } from "@/db/connection";
import { BROWSER_HEADERS, loadOf, type Load } from "./load";
import type { Target } from "./results";
import { evaluateTarget } from "./targets";

// Issue 18 item 5: search stays fast when every attendee types something different. Ten
// connections ask search.json (what the search page's island asks as people type) for a
// different word of the programme on every request, so no answer can be a copy of another.

export const VARIED_SEARCH_TARGETS = { requestsPerSecond: 200, p99Ms: 100 } as const;
const CONNECTIONS = 10;
const MAX_TERMS = 20_000;

export interface VariedSearch {
  path: string;
  connections: number;
  /** Distinct terms drawn from the programme; a run longer than this many requests starts again. */
  terms: number;
  load: Load;
}

const han = /^\p{Script=Han}+$/u;

/**
 * Words of the titles of a conference's latest release, as attendees would type them:
 * Latin words of three letters or more, and for Chinese (no spaces) every two- and
 * three-character run. Shuffled the same way every time, so runs compare.
 */
export function programmeTerms(db: Db, conference: string): string[] {
  const titles = db.$client
    .prepare<[string], string>(
      `select title from search_documents where release_id = (
         select r.id from releases r join conferences c on c.id = r.conference_id
         where c.slug = ? order by r.id desc limit 1)`,
    )
    .pluck()
    .all(conference);
  const words = new Set<string>();
  for (const token of titles.join("\n").split(/[\s\p{P}\p{S}]+/u)) {
    const chars = Array.from(token);
    if (han.test(token))
      for (const size of [2, 3]) for (let i = 0; i + size <= chars.length; i++) words.add(chars.slice(i, i + size).join(""));
    else if (chars.length >= 3 && /\p{L}/u.test(token)) words.add(token.toLowerCase());
  }
  return shuffle([...words]).slice(0, MAX_TERMS);
}

// A fixed-seed Fisher–Yates (mulberry32), so two runs ask the same terms in the same order.
function shuffle<T>(items: T[]): T[] {
  let seed = 0x5eed;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Drives search.json with a new term on every request, over `connections` for `seconds`. */
export async function measureVariedSearch(
  serverUrl: string,
  conference: string,
  terms: readonly string[],
  options: { seconds?: number; connections?: number; path?: (term: string) => string } = {},
): Promise<VariedSearch> {
  if (terms.length === 0) throw new Error(`No words in the titles of ${conference} to search for`);
  const path = options.path ?? ((term: string) => `/${conference}/search.json?q=${encodeURIComponent(term)}`);
  // The first search of a release prepares its shown documents: not part of what is measured.
  await fetch(serverUrl + path(terms[0]!), { headers: BROWSER_HEADERS });
  let next = 1;
  const connections = options.connections ?? CONNECTIONS;
  const result = await autocannon({
    url: serverUrl,
    connections,
    duration: options.seconds ?? 10,
    headers: { ...BROWSER_HEADERS },
    requests: [{ method: "GET", path: path(terms[0]!), setupRequest: (request) => ({ ...request, path: path(terms[next++ % terms.length]!) }) }],
    setupClient: (client) => {
      // Bodies are counted, not kept (see load.ts).
      client.pipelinedRequests.addBody = () => {};
    },
  });
  return {
    path: path("…"),
    connections,
    terms: terms.length,
    load: loadOf(result),
  };
}

export function variedSearchTargets(measured: VariedSearch | null): Target[] {
  return [
    evaluateTarget(
      `Varied-term search (${CONNECTIONS} connections, a new term each request) ≥ ${VARIED_SEARCH_TARGETS.requestsPerSecond} req/s`,
      measured?.load.requestsPerSecond ?? null,
      VARIED_SEARCH_TARGETS.requestsPerSecond,
      "req/s",
      "higher",
    ),
    evaluateTarget(
      `Varied-term search p99 ≤ ${VARIED_SEARCH_TARGETS.p99Ms} ms`,
      measured?.load.p99Ms ?? null,
      VARIED_SEARCH_TARGETS.p99Ms,
      "ms",
      "lower",
    ),
  ];
}

/** The report's line for it. */
export function variedSearchLine(measured: VariedSearch | null): string {
  if (!measured) return "Varied-term search: not measured";
  const { load } = measured;
  return `Varied-term search (${measured.path}, ${measured.connections} connections, ${measured.terms} distinct terms): ${load.requestsPerSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.requests} requests, ${load.non2xx} non-2xx, ${load.errors} errors (targets ≥ ${VARIED_SEARCH_TARGETS.requestsPerSecond} req/s, p99 ≤ ${VARIED_SEARCH_TARGETS.p99Ms} ms)`;
}

import "server-only";
import type { Locale } from "@/lib/domain/vocabulary";
import { richTextToPlain } from "@/lib/programme/rich-text";
import { answerSearch, shownByKey, type SearchAnswer, type ShownDocument, type ShownLookup } from "@/lib/search/answer";
import { buildShownDocuments } from "@/lib/search/shown-documents";
import { getDb } from "../index";
import { findSearchableRelease, findSearchCandidates } from "../search/search-release";
import type { ConferenceAt } from "./public";
import { findPublishedProgramme, type PublishedProgramme } from "./published";

interface ShownRelease {
  releaseId: number;
  programme: PublishedProgramme;
  /** Abstracts and descriptions as stored (HTML maybe): reduced to text only for the hits shown. */
  hits: ShownLookup;
  /** Every document with its text reduced, for the offline index; built when first asked for. */
  all?: ShownDocument[];
}

// Every query of one conference and language answers from the same shown documents: kept
// here per revision, so a search costs one statement and no localization of the programme.
// Few entries: a new revision makes its conference's older ones unreachable, and they age out.
const MAX_KEPT = 8;
const kept = new Map<string, ShownRelease | null>();

function shownRelease(at: ConferenceAt, locale: Locale): ShownRelease | null {
  const key = `${at.conference}\u0000${at.revision}\u0000${locale}`;
  const hit = kept.get(key);
  if (hit !== undefined) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const db = getDb();
  // Read after the revision, so what is kept is never older than the key it is kept under.
  const release = findSearchableRelease(db, at.conference);
  const programme = release && findPublishedProgramme(db, at.conference);
  const shown =
    release && programme ? { releaseId: release.id, programme, hits: lazilyPlain(programme, locale) } : null;
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, shown);
  return shown;
}

// Reducing HTML to text costs about a millisecond an abstract: done for the hits a page shows, once each.
function lazilyPlain(programme: PublishedProgramme, locale: Locale): ShownLookup {
  const raw = shownByKey(buildShownDocuments(programme.snapshot, locale, (text) => text));
  const reduced = new Map<string, ShownDocument>();
  return {
    get(key) {
      const known = reduced.get(key);
      if (known) return known;
      const document = raw.get(key);
      if (!document) return undefined;
      const plain = { ...document, body: richTextToPlain(document.body) };
      reduced.set(key, plain);
      return plain;
    },
  };
}

/** Whether the public sees a release of the conference at this revision. */
export function hasShownRelease(at: ConferenceAt, locale: Locale): boolean {
  return shownRelease(at, locale) !== null;
}

/** One page of a search of a conference's latest release, shown in `locale`; null when the public sees none. */
export function searchShownRelease(
  at: ConferenceAt,
  locale: Locale,
  query: { query: string; terms: string[] },
  page: number,
): SearchAnswer | null {
  const shown = shownRelease(at, locale);
  if (!shown) return null;
  return answerSearch(findSearchCandidates(getDb(), shown.releaseId, query.terms), shown.hits, query, page);
}

/** Every shown document of the conference's latest release in `locale`, for the offline index; null when none. */
export function shownDocumentsOf(at: ConferenceAt, locale: Locale): ShownDocument[] | null {
  const shown = shownRelease(at, locale);
  if (!shown) return null;
  return (shown.all ??= buildShownDocuments(shown.programme.snapshot, locale));
}

import type { Locale } from "@/lib/domain/vocabulary";
import { richTextToPlain } from "@/lib/programme/rich-text";
import { answerSearch, shownByKey, type SearchAnswer, type ShownDocument, type ShownLookup } from "@/lib/search/answer";
import { buildShownDocuments } from "@/lib/search/shown-documents";
import type { Db } from "../connection";
import { findPublishedProgramme, type PublishedProgramme } from "../queries/published";
import { findSearchableRelease, findSearchCandidates } from "./candidates";

interface ShownRelease {
  releaseId: number;
  programme: PublishedProgramme;
  /** Abstracts and descriptions as stored (HTML maybe): reduced to text only for the hits shown. */
  hits: ShownLookup;
  /** Every document with its text reduced, for the offline index; built when first asked for. */
  all?: ShownDocument[];
}

/** A conference at one revision, as every public cache is keyed (db/queries/revision.ts). */
export interface SearchedAt {
  conference: string;
  revision: string;
}

// Few entries: a new revision makes its conference's older ones unreachable, and they age out.
const MAX_KEPT = 8;

/**
 * Search answers (lib/search/answer.ts) over one connection. Every query of a conference
 * and language answers from the same shown documents, kept per revision, so a search
 * costs one prepared statement and no localization of the programme.
 */
export class ShownSearch {
  private readonly kept = new Map<string, ShownRelease | null>();

  constructor(private readonly db: Db) {}

  /** Whether the public sees a release of the conference at this revision. */
  has(at: SearchedAt, locale: Locale): boolean {
    return this.release(at, locale) !== null;
  }

  /** One page of a search of the conference's latest release, shown in `locale`; null when the public sees none. */
  search(at: SearchedAt, locale: Locale, query: { query: string; terms: string[] }, page: number): SearchAnswer | null {
    const shown = this.release(at, locale);
    if (!shown) return null;
    return answerSearch(findSearchCandidates(this.db, shown.releaseId, query.terms), shown.hits, query, page);
  }

  /** Every shown document of the conference's latest release in `locale`, for the offline index; null when none. */
  documents(at: SearchedAt, locale: Locale): ShownDocument[] | null {
    const shown = this.release(at, locale);
    if (!shown) return null;
    return (shown.all ??= buildShownDocuments(shown.programme.snapshot, locale));
  }

  private release(at: SearchedAt, locale: Locale): ShownRelease | null {
    const key = `${at.conference}\u0000${at.revision}\u0000${locale}`;
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    // Read after the revision, so what is kept is never older than the key it is kept under.
    const release = findSearchableRelease(this.db, at.conference);
    const programme = release && findPublishedProgramme(this.db, at.conference);
    const shown =
      release && programme ? { releaseId: release.id, programme, hits: lazilyPlain(programme, locale) } : null;
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, shown);
    return shown;
  }
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

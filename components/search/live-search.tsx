"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  decodeSearchIndex,
  indexedDocuments,
  searchShownDocuments,
  shownByKey,
  type RefusedQuery,
  type SearchAnswer,
  type SearchIndex,
} from "@/lib/search/answer";
import { searchPageHref } from "@/lib/search/paging";
import { SearchPager } from "./search-pager";
import { SearchStatusLine } from "./search-status";
import { LiveHits } from "./live-hits";

// How long typing may pause before a search goes out.
const DEBOUNCE_MS = 150;
const refusedBy: Record<string, RefusedQuery> = {
  empty_query: "empty",
  junk_query: "junk",
  query_too_long: "too-long",
};

type Live = { query: string; answer: SearchAnswer | RefusedQuery; offline: boolean } | { query: string; failed: true };
type Index = ReturnType<typeof decodeSearchIndex>;

interface Props {
  conference: string;
  /** The id of the search box of the page's form, which this island listens to. */
  inputId: string;
  /** The query the server answered in `status` and `children` ("" for none). */
  answered: string;
  /** The server's status line and hits for the query the page was opened with. */
  status: ReactNode;
  children: ReactNode;
}

/**
 * Search as you type over search.json, and over the release's offline index
 * (search-index.json, searched with the same lib/search code) when the network
 * fails. Until something is typed the server's results stay; without JavaScript
 * the form's GET gives them.
 */
export function LiveSearch({ conference, inputId, answered, status, children }: Props) {
  const t = useTranslations("search");
  const [live, setLive] = useState<Live | null>(null);
  const index = useRef<Promise<Index | null> | null>(null);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request: AbortController | null = null;
    // A failed fetch is tried again at the next search rather than kept.
    const loadIndex = () =>
      (index.current ??= fetchIndex(conference).then((documents) => {
        if (!documents) index.current = null;
        return documents;
      }));
    const search = async (query: string) => {
      request?.abort();
      const controller = (request = new AbortController());
      keepInAddress(conference, query);
      const answer = await ask(conference, query, controller.signal, loadIndex);
      if (!controller.signal.aborted) setLive(answer);
    };
    const typed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void search(input.value), DEBOUNCE_MS);
    };
    const submitted = (event: Event) => {
      event.preventDefault();
      clearTimeout(timer);
      void search(input.value);
    };
    // The offline copy is fetched once, when the box is first used.
    input.addEventListener("focus", loadIndex, { once: true });
    input.addEventListener("input", typed);
    input.form?.addEventListener("submit", submitted);
    if (document.activeElement === input) void loadIndex();
    // A kept copy of the page opened offline is the search page without its query: answer the address's.
    const asked = new URLSearchParams(window.location.search).get("q") ?? "";
    if (asked.trim() !== "" && asked !== answered) {
      input.value = asked;
      void search(asked);
    }
    return () => {
      clearTimeout(timer);
      request?.abort();
      input.removeEventListener("focus", loadIndex);
      input.removeEventListener("input", typed);
      input.form?.removeEventListener("submit", submitted);
    };
  }, [conference, inputId, answered]);

  const answer = live && !("failed" in live) ? live.answer : null;
  return (
    <>
      <div role="status" className="mt-4">
        {live === null ? (
          status
        ) : "failed" in live ? (
          <p className="text-slate-700">{t("unavailable")}</p>
        ) : (
          <>
            {live.offline ? <p className="mb-1 text-sm text-amber-800">{t("offline")}</p> : null}
            {typeof live.answer === "string" ? (
              <SearchStatusLine status={live.answer} query={live.query} total={NO_HITS} paging={ONE_PAGE} />
            ) : (
              <SearchStatusLine status="ok" {...live.answer} />
            )}
          </>
        )}
      </div>
      {live === null ? children : null}
      {answer && typeof answer !== "string" ? (
        <>
          <LiveHits hits={answer.hits} />
          <SearchPager conference={conference} query={answer.query} paging={answer.paging} />
        </>
      ) : null}
    </>
  );
}

const NO_HITS = { forums: 0, speakers: 0, sessions: 0 };
const ONE_PAGE = { page: 1, pages: 1, perPage: 1 };

/** The server's answer; the offline index's when the server cannot be reached. */
async function ask(
  conference: string,
  query: string,
  signal: AbortSignal,
  loadIndex: () => Promise<Index | null>,
): Promise<Live> {
  try {
    const response = await fetch(`/${conference}/search.json?${new URLSearchParams({ q: query })}`, { signal });
    if (response.ok) return { query, answer: (await response.json()) as SearchAnswer, offline: false };
    if (response.status === 400) {
      const body = (await response.json()) as { error?: { code?: string } };
      const refused = refusedBy[body.error?.code ?? ""];
      if (refused) return { query, answer: refused, offline: false };
    }
  } catch {
    // Offline, or the server is gone: search the copy (unless a newer query took over).
    if (signal.aborted) return { query, failed: true };
  }
  const documents = await loadIndex();
  if (!documents) return { query, failed: true };
  const { indexed, shown } = prepared(documents);
  return { query, answer: searchShownDocuments(indexed, shown, query, 1), offline: true };
}

// What an index is searched with, made once per index.
const preparedIndexes = new WeakMap<
  Index,
  { indexed: ReturnType<typeof indexedDocuments>; shown: ReturnType<typeof shownByKey> }
>();
function prepared(documents: Index) {
  let found = preparedIndexes.get(documents);
  if (!found)
    preparedIndexes.set(documents, (found = { indexed: indexedDocuments(documents), shown: shownByKey(documents) }));
  return found;
}

async function fetchIndex(conference: string): Promise<Index | null> {
  try {
    const response = await fetch(`/${conference}/search-index.json`);
    return response.ok ? decodeSearchIndex((await response.json()) as SearchIndex) : null;
  } catch {
    return null;
  }
}

/** Keeps `?q=` in the address, so what is on screen can be shared and survives a reload. */
function keepInAddress(conference: string, query: string): void {
  const href = query.trim() === "" ? `/${conference}/search` : searchPageHref(conference, query, 1);
  window.history.replaceState(window.history.state, "", href);
}

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageSection } from "@/components/ui/section";
import type { MarkedText, SearchAnswerHit } from "@/lib/search/answer";
import type { SearchDocumentKind } from "@/lib/search/documents";

const KINDS: Array<{ kind: SearchDocumentKind; title: "forums" | "speakers" | "sessions" }> = [
  { kind: "forum", title: "forums" },
  { kind: "speaker", title: "speakers" },
  { kind: "session", title: "sessions" },
];

/** The hits of a live search, by kind, in the cards the server's results use. */
export function LiveHits({ hits }: { hits: SearchAnswerHit[] }) {
  const t = useTranslations("search");
  return KINDS.map(({ kind, title }) => {
    const items = hits.filter((h) => h.kind === kind);
    if (items.length === 0) return null;
    return (
      <PageSection key={kind} id={`search-${title}`} title={t(title)} className="mt-6">
        <ul className="mt-3 space-y-3">
          {items.map((hit) => (
            <li key={hit.ref} className="rounded-lg border border-slate-200 p-3">
              <a href={hit.link} className="font-semibold hover:underline">
                <Marked {...hit.title} />
              </a>
              {hit.meta ? <p className="text-sm text-slate-600">{hit.meta}</p> : null}
              {hit.subtitle ? (
                <p className="text-sm text-slate-700">
                  <Marked {...hit.subtitle} />
                </p>
              ) : null}
              {hit.snippet ? (
                <p className="mt-1 break-words text-sm text-slate-700">
                  <Marked {...hit.snippet} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </PageSection>
    );
  });
}

/** Text with its matches in <mark>, from offsets: no HTML is ever read from the answer. */
function Marked({ text, marks }: MarkedText) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

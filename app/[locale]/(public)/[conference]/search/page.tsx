import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { searchPublishedProgramme } from "@/db/queries/public";
import { overviewByDay } from "@/lib/programme/conference-overview";
import { parseSearchPage } from "@/lib/search/paging";
import { requireProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/search">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "search", "/search", { robots: { index: false, follow: true } });
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const { conference, loaded } = await requireProgramme(params);
  const { q, page } = await searchParams;
  const typed = typeof q === "string" ? q : Array.isArray(q) ? (q[0] ?? null) : null;
  const at = { conference, revision: loaded.release.revision };
  const result =
    typed === null ? null : await searchPublishedProgramme(at, typed.slice(0, 1000), parseSearchPage(page));
  // Hits name forums, sessions and speakers of the release; the view gives their text in the viewer's locale.
  const sessionByGuid = new Map(loaded.view.sessions.map((s) => [s.guid, s]));
  const speakerBySlug = new Map(loaded.view.speakers.map((s) => [s.slug, s]));
  const forumBySlug = result?.forums.length
    ? new Map(
        overviewByDay(loaded.release.snapshot, loaded.locale).flatMap((day) =>
          day.forums.map((f) => [f.slug, { ...f, date: day.date }] as const),
        ),
      )
    : new Map();
  return (
    <SearchPage
      programme={loaded.view}
      typed={typed}
      result={result}
      forums={(result?.forums ?? []).flatMap((hit) => forumBySlug.get(hit.slug) ?? [])}
      sessions={(result?.sessions ?? []).flatMap((hit) => sessionByGuid.get(hit.guid) ?? [])}
      speakers={(result?.speakers ?? []).flatMap((hit) => speakerBySlug.get(hit.slug) ?? [])}
      locale={loaded.locale}
    />
  );
}

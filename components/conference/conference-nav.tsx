import { useTranslations } from "next-intl";
import { SearchForm } from "@/components/ui/search-field";
import { Link } from "@/i18n/navigation";

/** The id of the conference's search box: the search page's live search listens to it. */
export const CONFERENCE_SEARCH_ID = "conference-search";

export type ConferenceSection = "overview" | "agenda" | "speakers" | "myAgenda" | "search";

/** The conference's sections and a search box; `current` is marked for assistive technology. */
export function ConferenceNav({
  conference,
  name,
  current,
  query = "",
  searchExamples = [],
}: {
  conference: string;
  name: string;
  current: ConferenceSection | null;
  query?: string;
  /** Words of this conference to suggest in the search box (ProgrammeView's searchExamples). */
  searchExamples?: readonly string[];
}) {
  const t = useTranslations("conferenceNav");
  const ts = useTranslations("search");
  const links: Array<[ConferenceSection, string]> = [
    ["overview", `/${conference}`],
    ["agenda", `/${conference}/agenda`],
    ["speakers", `/${conference}/speakers`],
    ["myAgenda", `/${conference}/my-agenda`],
  ];
  return (
    <nav
      aria-label={t("label")}
      className="mb-6 flex flex-wrap items-center gap-x-1 gap-y-2 border-b border-slate-200 pb-3 print:hidden"
    >
      <span className="mr-2 w-full truncate text-sm font-medium text-slate-600 sm:w-auto">{name}</span>
      {links.map(([key, href]) => (
        <Link
          key={key}
          href={href}
          aria-current={current === key ? "page" : undefined}
          className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {t(key)}
        </Link>
      ))}
      <SearchForm
        action={`/${conference}/search`}
        formClassName="ml-auto flex w-full gap-1 sm:w-auto"
        submit={ts("submit")}
        id={CONFERENCE_SEARCH_ID}
        label={ts("label")}
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={
          searchExamples.length
            ? ts("placeholderExamples", { examples: searchExamples.join(ts("exampleSeparator")) })
            : ts("placeholder")
        }
        className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm sm:w-56"
      />
    </nav>
  );
}

/** The nav of a page drawn from a release's ProgrammeView, which names the conference and its search examples. */
export function ProgrammeNav({
  conference,
  current,
  query,
}: {
  conference: { slug: string; name: string; searchExamples?: readonly string[] };
  current: ConferenceSection | null;
  query?: string;
}) {
  return (
    <ConferenceNav
      conference={conference.slug}
      name={conference.name}
      current={current}
      query={query}
      searchExamples={conference.searchExamples}
    />
  );
}

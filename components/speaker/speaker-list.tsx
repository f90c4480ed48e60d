import { useTranslations } from "next-intl";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { SearchForm } from "@/components/ui/search-field";
import { Link } from "@/i18n/navigation";
import type { ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import type { Initial } from "@/lib/programme/initials";
import type { InitialGroup } from "@/lib/programme/speaker-index";
import { SpeakerAvatar } from "./speaker-avatar";
import { SpeakerInitials } from "./speaker-index";

interface Props {
  programme: ProgrammeView;
  /** The speakers shown, grouped by initial. */
  groups: InitialGroup<SpeakerView>[];
  /** Every speaker with a session, whatever the filter. */
  total: number;
  /** The initials that have speakers, for the index. */
  initials: ReadonlySet<Initial>;
  letter: Initial | null;
  filter: string;
}

export function SpeakerList({ programme, groups, total, initials, letter, filter }: Props) {
  const t = useTranslations("speakers");
  const { conference } = programme;
  const shown = groups.reduce((n, g) => n + g.speakers.length, 0);
  const filtered = letter !== null || filter !== "";
  return (
    <div>
      <ProgrammeNav conference={conference} current="speakers" />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {filtered ? t("countFiltered", { count: shown, total }) : t("count", { count: total })}
      </p>
      {total ? (
        <>
          <SpeakerInitials
            conference={conference.slug}
            present={initials}
            current={filter ? null : (letter ?? "all")}
          />
          <SearchForm
            action={`/${conference.slug}/speakers`}
            formLabel={t("filterLabel")}
            formClassName="mt-3 flex max-w-md gap-1 print:hidden"
            submit={t("filterSubmit")}
            id="speaker-filter"
            label={t("filterLabel")}
            name="q"
            defaultValue={filter}
            maxLength={100}
            placeholder={t("filterPlaceholder")}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </>
      ) : null}
      {shown ? (
        groups.map((group) => (
          <section key={group.initial} aria-labelledby={`initial-${group.initial}`} className="mt-6">
            <h2 id={`initial-${group.initial}`} className="border-b border-slate-200 pb-1 text-lg font-semibold">
              {group.initial === "other" ? t("otherInitial") : group.initial}
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {group.speakers.map((s) => (
                <li key={s.slug}>
                  <Link
                    href={`/${conference.slug}/speakers/${s.slug}`}
                    className="flex h-full items-center gap-3 rounded-xl border border-slate-200 p-3 hover:bg-slate-50"
                  >
                    <SpeakerAvatar name={s.name} photo={s.photo} />
                    <span className="min-w-0 break-words">
                      <span className="block font-semibold">{s.name}</span>
                      {s.affiliation ? <span className="block text-sm text-slate-600">{s.affiliation}</span> : null}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p className="mt-6 text-slate-600">
          {filter ? t("noMatch", { filter }) : letter ? t("noneForInitial") : t("empty")}
        </p>
      )}
    </div>
  );
}

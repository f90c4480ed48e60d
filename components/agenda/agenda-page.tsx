import { useTranslations } from "next-intl";
import { ConferenceNav } from "@/components/conference/conference-nav";
import { JumpToNow } from "@/components/now/jump-to-now";
import { ViewerZoneToggle } from "@/components/time/viewer-zone-toggle";
import { Link } from "@/i18n/navigation";
import { agendaGroups } from "@/lib/agenda/agenda-groups";
import { agendaSearch, agendaViews, matchesAgendaQuery, type AgendaQuery } from "@/lib/agenda/agenda-query";
import { layoutDay } from "@/lib/agenda/grid-layout";
import { groupByStart } from "@/lib/agenda/time-slots";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeView } from "@/lib/programme/programme-view";
import { formatDay, formatShortDay, formatTimeZoneLabel } from "@/lib/time/format";
import { AgendaFilters, type FilterOptions } from "./agenda-filters";
import { AgendaGrid } from "./agenda-grid";
import { AgendaGroups } from "./agenda-groups";
import { AgendaList } from "./agenda-list";

interface Props {
  programme: ProgrammeView;
  days: string[];
  query: AgendaQuery;
  options: FilterOptions;
  locale: Locale;
}

export function AgendaPage({ programme, days, query, options, locale }: Props) {
  const t = useTranslations("agenda");
  const { conference } = programme;
  const sessions = programme.sessions.filter((s) => matchesAgendaQuery(s, query));
  const groups = agendaGroups(conference.slug, sessions, options.forums, query);
  const dayHasSessions = programme.sessions.some((s) => s.date === query.day);
  const zone = formatTimeZoneLabel(conference.timeZone, new Date(`${query.day}T12:00:00Z`));
  const dayLabel = formatDay(query.day, locale);
  const tabClass =
    "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap aria-[current=page]:bg-brand-700 aria-[current=page]:text-white hover:bg-slate-100";

  return (
    <div>
      {/* The page's centred column, also when a grid of many rooms widens the page around it. */}
      <div className="mx-auto max-w-[70rem]">
        <ConferenceNav conference={conference.slug} name={conference.name} current="agenda" />
        <p className="hidden text-sm print:block">{conference.name}</p>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <a href={`/${conference.slug}/schedule.ics`} className="text-sm text-brand-700 underline print:hidden">
            {t("download")}
          </a>
        </div>
        <p className="mt-1 text-sm text-slate-600">{zone}</p>
        <div className="mt-1">
          <ViewerZoneToggle conferenceTimeZone={conference.timeZone} locale={locale} />
        </div>
        <JumpToNow conference={conference} />

        <nav aria-label={t("days")} className="mt-4 flex gap-1 overflow-x-auto print:hidden">
          {days.map((day) => (
            <Link
              key={day}
              href={`/${conference.slug}/agenda${agendaSearch(query, { day })}`}
              aria-current={day === query.day ? "page" : undefined}
              className={tabClass}
            >
              {formatShortDay(day, locale)}
            </Link>
          ))}
        </nav>
        <div className="mt-3 flex flex-col gap-3 border-y border-slate-200 py-3 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
          <AgendaFilters conference={conference.slug} query={query} options={options} />
          <nav aria-label={t("view")} className="flex gap-1 print:hidden">
            {agendaViews.map((view) => (
              <Link
                key={view}
                href={`/${conference.slug}/agenda${agendaSearch(query, { view })}`}
                aria-current={query.view === view ? "page" : undefined}
                className={`${tabClass} border border-slate-300`}
              >
                {t(view)}
              </Link>
            ))}
          </nav>
        </div>

        <h2 className="mt-4 text-lg font-semibold">
          {dayLabel}{" "}
          <span className="text-sm font-normal text-slate-600">· {t("count", { count: sessions.length })}</span>
        </h2>
      </div>
      {/* Only the chosen view is rendered: a large day has thousands of elements in each. */}
      <div className="mt-3">
        {sessions.length === 0 ? (
          <p className="mx-auto max-w-[70rem] rounded-lg bg-slate-50 p-6 text-slate-700">
            {dayHasSessions ? t("empty") : t("emptyDay")}
          </p>
        ) : groups ? (
          <AgendaGroups
            groups={groups}
            view={query.view}
            conference={conference.slug}
            timeZone={conference.timeZone}
            locale={locale}
            label={t(query.view === "grid" ? "gridLabel" : "listLabel", { day: dayLabel })}
          />
        ) : query.view === "grid" ? (
          <AgendaGrid
            layout={layoutDay(sessions, programme.rooms, query.day, conference.timeZone)}
            conference={conference.slug}
            timeZone={conference.timeZone}
            locale={locale}
            label={t("gridLabel", { day: dayLabel })}
          />
        ) : (
          <AgendaList
            groups={groupByStart(sessions)}
            conference={conference.slug}
            timeZone={conference.timeZone}
            locale={locale}
            label={t("listLabel", { day: dayLabel })}
          />
        )}
      </div>
    </div>
  );
}

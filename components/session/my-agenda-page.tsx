import { useTranslations } from "next-intl";
import { AgendaList } from "@/components/agenda/agenda-list";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { ViewerZoneToggle } from "@/components/time/viewer-zone-toggle";
import { Link } from "@/i18n/navigation";
import { groupByStart } from "@/lib/agenda/time-slots";
import type { Locale } from "@/lib/domain/vocabulary";
import type { AgendaRelease } from "@/lib/release/agenda-changes";
import type { ProgrammeSession, ProgrammeView } from "@/lib/programme/programme-view";
import { formatDay, formatTimeZoneLabel } from "@/lib/time/format";
import { MyAgendaChanges } from "./my-agenda-changes";
import { MyAgendaSync } from "./my-agenda-sync";

interface Props {
  programme: ProgrammeView;
  /** The guids asked for in the URL, or null before the browser has put its stars there. */
  requested: string[] | null;
  sessions: ProgrammeSession[];
  locale: Locale;
  /** Every release, newest first, with its changes to the requested sessions. */
  changes: AgendaRelease[];
  /** The public origin (SITE_URL), for the calendar subscription's absolute address. */
  origin: string;
}

export function MyAgendaPage({ programme, requested, sessions, locale, changes, origin }: Props) {
  const t = useTranslations("myAgenda");
  const { conference } = programme;
  const days = [...new Set(sessions.map((s) => s.date))];
  const calendarPath = `/${conference.slug}/my-agenda.ics?sessions=${sessions.map((s) => s.guid).join(",")}`;
  return (
    <div>
      <ProgrammeNav conference={conference} current="myAgenda" />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        {sessions.length ? (
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            {/* The calendar names the sessions, not their times: a subscribed calendar follows later releases. */}
            <a href={`webcal://${new URL(origin).host}${calendarPath}`} className="text-sm text-brand-700 underline">
              {t("subscribe")}
            </a>
            <a
              href={calendarPath}
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900"
            >
              {t("download")}
            </a>
          </div>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <MyAgendaSync conference={conference.slug} shown={requested} listed={sessions.map((s) => s.guid)} />
      {requested === null ? null : <MyAgendaChanges conference={conference.slug} releases={changes} />}
      {requested === null ? (
        <p className="mt-6 text-slate-600" role="status">
          {t("loading")}
        </p>
      ) : sessions.length === 0 ? (
        <div className="mt-6 rounded-lg bg-slate-50 p-6">
          <p className="text-slate-700">{t("empty")}</p>
          <Link href={`/${conference.slug}/agenda`} className="mt-3 inline-block text-brand-700 underline">
            {t("browse")}
          </Link>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {formatTimeZoneLabel(conference.timeZone, sessions[0]!.startsAt)}
          </p>
          <ViewerZoneToggle conferenceTimeZone={conference.timeZone} locale={locale} />
          {days.map((day) => (
            <section key={day} aria-labelledby={`day-${day}`} className="mt-6">
              <h2 id={`day-${day}`} className="mb-3 text-lg font-semibold">
                {formatDay(day, locale)}
              </h2>
              <AgendaList
                groups={groupByStart(sessions.filter((s) => s.date === day))}
                conference={conference.slug}
                timeZone={conference.timeZone}
                locale={locale}
                label={formatDay(day, locale)}
              />
            </section>
          ))}
        </>
      )}
    </div>
  );
}

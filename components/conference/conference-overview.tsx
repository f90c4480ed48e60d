import { useTranslations } from "next-intl";
import type { PublishedProgramme } from "@/db/queries/public";
import { translate } from "@/lib/domain/translations";
import { RichText } from "@/components/session/rich-text";
import type { Locale } from "@/lib/domain/vocabulary";
import { featuredSpeakers, overviewByDay } from "@/lib/programme/conference-overview";
import { searchExamples } from "@/lib/search/search-examples";
import { formatDateRange, formatDay, formatTimeZoneLabel } from "@/lib/time/format";
import { Link } from "@/i18n/navigation";
import { ConferenceNav } from "./conference-nav";
import { ForumSummary } from "./forum-summary";
import { SpeakerChip } from "./speaker-chip";
import { PageSection } from "@/components/ui/section";

export function ConferenceOverview({ programme, locale }: { programme: PublishedProgramme; locale: Locale }) {
  const t = useTranslations("conference");
  const tl = useTranslations("changelog");
  const { snapshot } = programme;
  const c = snapshot.conference;
  const days = overviewByDay(snapshot, locale);
  const speakers = featuredSpeakers(snapshot, locale);
  const zoneLabel = formatTimeZoneLabel(c.timeZone, new Date(`${c.startDate}T12:00:00Z`));
  const place = [translate(c, "city", locale), translate(c, "venue", locale)].filter(Boolean).join(" · ");
  return (
    <article>
      <ConferenceNav
        conference={c.slug}
        name={translate(c, "name", locale) ?? c.name}
        current="overview"
        searchExamples={searchExamples(snapshot)}
      />
      <header className="rounded-2xl bg-gradient-to-br from-brand-900 to-brand-700 p-6 text-white sm:p-10">
        <h1 className="text-2xl font-bold sm:text-4xl">{translate(c, "name", locale)}</h1>
        {c.theme ? <p className="mt-3 text-lg text-brand-100 sm:text-xl">{translate(c, "theme", locale)}</p> : null}
        <p className="mt-4 text-brand-100">
          <time dateTime={c.startDate}>{formatDateRange(c.startDate, c.endDate, locale)}</time>
          {place ? <> · {place}</> : null}
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link
            href={`/${c.slug}/agenda`}
            className="rounded-lg bg-white px-5 py-2.5 font-semibold text-brand-900 hover:bg-brand-50"
          >
            {t("openAgenda")}
          </Link>
          <Link
            href={`/${c.slug}/speakers`}
            className="rounded-lg border border-white/70 px-5 py-2.5 font-semibold text-white hover:bg-white/10"
          >
            {t("allSpeakers")}
          </Link>
        </p>
      </header>
      {c.description ? (
        <RichText text={translate(c, "description", locale) ?? ""} className="mt-6 leading-relaxed text-slate-700" />
      ) : null}

      <section aria-labelledby="programme-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="programme-heading" className="text-xl font-semibold">
            {t("programme")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("zoneAndVersion", { zone: zoneLabel, version: programme.version })} ·{" "}
            <Link href={`/${c.slug}/changelog`} className="text-brand-700 underline">
              {tl("link")}
            </Link>
          </p>
        </div>
        {days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`} className="mt-6">
            <h3 id={`day-${day.date}`} className="border-b border-slate-200 pb-2 text-lg font-medium text-slate-800">
              {formatDay(day.date, locale)}
            </h3>
            <ul className="mt-3 grid gap-3">
              {day.forums.map((forum) => (
                <li key={forum.slug}>
                  <ForumSummary forum={forum} conferenceSlug={c.slug} timeZone={c.timeZone} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      {speakers.length > 0 ? (
        <PageSection id="speakers-heading" title={t("speakers")} className="mt-10">
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {speakers.map((s) => (
              <li key={s.slug}>
                <SpeakerChip speaker={s} locale={locale} />
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
    </article>
  );
}

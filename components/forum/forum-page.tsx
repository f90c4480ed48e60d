import { useTranslations } from "next-intl";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { ForumOrganizationsLine } from "@/components/conference/forum-organizations-line";
import { RichText } from "@/components/session/rich-text";
import { ViewerZoneToggle } from "@/components/time/viewer-zone-toggle";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumDetail } from "@/lib/programme/forum-detail";
import { formatDay, formatTimeZoneLabel } from "@/lib/time/format";
import { ForumSessionItem } from "./forum-session-item";
import { ForumProgrammeHeading } from "./forum-programme-heading";

interface Props {
  forum: ForumDetail;
  conference: { slug: string; name: string; timeZone: string; searchExamples?: string[] };
  locale: Locale;
}

export function ForumPage({ forum, conference, locale }: Props) {
  const t = useTranslations("forum");
  const tc = useTranslations("conference");
  const zone = formatTimeZoneLabel(conference.timeZone, new Date(`${forum.date}T12:00:00Z`));
  return (
    <article>
      <ProgrammeNav conference={conference} current={null} />
      <Link href={`/${conference.slug}`} className="text-sm text-brand-700 hover:underline">
        ← {t("backToConference", { conference: conference.name })}
      </Link>
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{forum.name}</h1>
      {forum.theme ? <p className="mt-2 text-lg text-brand-700">{tc("theme", { theme: forum.theme })}</p> : null}
      <p className="mt-3 text-slate-600">
        <time dateTime={forum.date}>{formatDay(forum.date, locale)}</time>
        {" · "}
        <Link
          href={`/${conference.slug}/agenda?day=${forum.date}&forum=${forum.slug}`}
          className="text-brand-700 underline print:hidden"
        >
          {t("inAgenda")}
        </Link>
        {" · "}
        <a
          href={`/${conference.slug}/forums/${forum.slug}/calendar.ics`}
          className="text-brand-700 underline print:hidden"
        >
          {t("calendar")}
        </a>
        {" · "}
        <Link
          href={`/${conference.slug}/forums/${forum.slug}/poster`}
          className="text-brand-700 underline print:hidden"
        >
          {t("poster")}
        </Link>
      </p>
      <ForumOrganizationsLine organizations={forum.organizations} locale={locale} className="mt-1 text-slate-600" />
      {forum.description ? <RichText text={forum.description} className="mt-4 leading-relaxed text-slate-700" /> : null}
      <section aria-labelledby="forum-programme" className="mt-8">
        <ForumProgrammeHeading id="forum-programme" zone={zone} />
        <div className="mt-2">
          <ViewerZoneToggle conferenceTimeZone={conference.timeZone} locale={locale} />
        </div>
        {forum.sessions.length ? (
          <ol className="mt-2 divide-y divide-slate-100">
            {forum.sessions.map((s) => (
              <li key={s.guid}>
                <ForumSessionItem
                  session={s}
                  conference={conference.slug}
                  timeZone={conference.timeZone}
                  locale={locale}
                />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-4 text-slate-600">{t("empty")}</p>
        )}
      </section>
    </article>
  );
}

import { useTranslations } from "next-intl";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import { SpeakerAvatar } from "@/components/speaker/speaker-avatar";
import { SessionTime } from "@/components/time/session-time";
import { ViewerZoneToggle } from "@/components/time/viewer-zone-toggle";
import { Link } from "@/i18n/navigation";
import { roleLabelKey } from "@/lib/programme/programme-view";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession, ProgrammeView } from "@/lib/programme/programme-view";
import { formatDay, formatTimeZoneLabel } from "@/lib/time/format";
import { RichText } from "./rich-text";
import { SessionKindLine } from "./session-kind-line";
import { StarButton } from "./star-button";
import { PageSection } from "@/components/ui/section";

interface Props {
  programme: ProgrammeView;
  session: ProgrammeSession;
  previous: ProgrammeSession | null;
  next: ProgrammeSession | null;
  locale: Locale;
}

export function SessionPage({ programme, session, previous, next, locale }: Props) {
  const t = useTranslations("session");
  const tf = useTranslations("forum");
  const { conference } = programme;
  const zone = formatTimeZoneLabel(conference.timeZone, session.startsAt);
  const neighbourOf = { conference: conference.slug, timeZone: conference.timeZone, locale };
  return (
    <article>
      <ProgrammeNav conference={conference} current={null} />
      <Link
        href={`/${conference.slug}/agenda?day=${session.date}`}
        className="text-sm text-brand-700 hover:underline print:hidden"
      >
        ← {t("backToAgenda")}
      </Link>
      <div className="mt-3 flex items-start justify-between gap-3">
        <div>
          <SessionKindLine
            session={session}
            className="text-sm font-medium uppercase tracking-wide text-brand-700"
            badgeSpacing="ml-2 px-1.5 py-0.5"
          />
          <h1
            className={`mt-1 text-2xl font-bold sm:text-3xl ${session.cancelled ? "text-slate-500 line-through" : ""}`}
          >
            {session.title}
          </h1>
        </div>
        <StarButton conference={conference.slug} guid={session.guid} title={session.title} />
      </div>

      <dl className="mt-5 grid gap-x-6 gap-y-3 rounded-lg bg-slate-50 p-4 sm:grid-cols-[8rem_1fr]">
        <dt className="text-sm font-medium text-slate-600">{t("time")}</dt>
        <dd>
          <time dateTime={session.date}>{formatDay(session.date, locale)}</time>{" "}
          <SessionTime
            startsAt={session.startsAt}
            endsAt={session.endsAt}
            timeZone={conference.timeZone}
            locale={locale}
          />
          <span className="block text-sm text-slate-600">{t("zone", { zone })}</span>
        </dd>
        {session.room ? (
          <>
            <dt className="text-sm font-medium text-slate-600">{t("room")}</dt>
            <dd>
              {session.room.name}
              {conference.venue ? <span className="text-slate-600"> · {conference.venue}</span> : null}
            </dd>
          </>
        ) : null}
        <dt className="text-sm font-medium text-slate-600">{t("forum")}</dt>
        <dd>
          <Link href={`/${conference.slug}/forums/${session.forum.slug}`} className="text-brand-700 underline">
            {session.forum.name}
          </Link>
        </dd>
        {session.track ? (
          <>
            <dt className="text-sm font-medium text-slate-600">{t("track")}</dt>
            <dd>{session.track.name}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-4 print:hidden">
        <a
          href={`/${conference.slug}/sessions/${session.guid}/calendar.ics`}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900"
        >
          {t("addToCalendar")}
        </a>
        <ViewerZoneToggle conferenceTimeZone={conference.timeZone} locale={locale} />
      </div>

      {session.abstract ? (
        <PageSection id="session-abstract" title={t("abstract")} className="mt-8">
          <RichText text={session.abstract} className="mt-2 leading-relaxed text-slate-800" />
        </PageSection>
      ) : null}

      {session.people.length ? (
        <PageSection id="session-people" title={t("people")} className="mt-8">
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {session.people.map((p) => (
              <li
                key={`${p.slug}-${p.role}`}
                className="flex items-center gap-3 rounded-lg border border-slate-200 p-3"
              >
                <SpeakerAvatar name={p.name} photo={p.photo} />
                <div className="min-w-0">
                  <p className="text-xs font-medium text-brand-700">{tf(roleLabelKey(p.role, session.kind))}</p>
                  <Link href={`/${conference.slug}/speakers/${p.slug}`} className="font-semibold hover:underline">
                    {p.name}
                  </Link>
                  {p.affiliation ? <p className="text-sm text-slate-600">{p.affiliation}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      {previous || next ? (
        <nav
          aria-label={session.room?.name}
          className="mt-10 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 print:hidden"
        >
          {previous ? <Neighbour label={t("previous")} session={previous} {...neighbourOf} /> : <span />}
          {next ? <Neighbour label={t("next")} session={next} {...neighbourOf} align="right" /> : null}
        </nav>
      ) : null}
    </article>
  );
}

function Neighbour({
  label,
  session,
  conference,
  timeZone,
  locale,
  align = "left",
}: {
  label: string;
  session: ProgrammeSession;
  conference: string;
  timeZone: string;
  locale: Locale;
  align?: "left" | "right";
}) {
  return (
    <Link
      href={`/${conference}/sessions/${session.guid}`}
      className={`rounded-lg border border-slate-200 p-3 hover:bg-slate-50 ${align === "right" ? "sm:text-right" : ""}`}
    >
      <span className="block text-xs text-slate-600">
        {align === "left" ? "← " : ""}
        {label}
        {align === "right" ? " →" : ""}
      </span>
      <span className="block font-medium">{session.title}</span>
      <span className="block text-sm text-slate-600">
        {formatDay(session.date, locale)}{" "}
        <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={timeZone} locale={locale} />
      </span>
    </Link>
  );
}

import { useTranslations } from "next-intl";
import { ConferenceNav } from "@/components/conference/conference-nav";
import { SpeakerAvatar } from "@/components/speaker/speaker-avatar";
import { SessionTime } from "@/components/time/session-time";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession, ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import { excerpt } from "@/lib/search/highlight";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchResult } from "@/lib/search/results";
import { formatDay } from "@/lib/time/format";
import { Highlighted } from "./highlighted";

interface Props {
  programme: ProgrammeView;
  /** What was typed, as typed; null when the page was opened without a query. */
  typed: string | null;
  result: SearchResult | null;
  sessions: ProgrammeSession[];
  speakers: SpeakerView[];
  locale: Locale;
}

export function SearchPage({ programme, typed, result, sessions, speakers, locale }: Props) {
  const t = useTranslations("search");
  const tf = useTranslations("forum");
  const { conference } = programme;
  const terms = result?.terms ?? [];
  return (
    <div>
      <ConferenceNav conference={conference.slug} name={conference.name} current="search" query={typed ?? ""} />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <div role="status" className="mt-4">
        {result === null || result.status === "empty" ? (
          <p className="text-slate-700">{t("prompt")}</p>
        ) : result.status === "junk" ? (
          <p className="text-slate-700">{t("junk")}</p>
        ) : result.status === "too-long" ? (
          <p className="text-slate-700">{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>
        ) : sessions.length + speakers.length === 0 ? (
          <p className="text-slate-700">{t("none", { query: result.query })}</p>
        ) : (
          <p className="text-slate-700">
            {t("results", { query: result.query, sessions: sessions.length, speakers: speakers.length })}
          </p>
        )}
      </div>

      {speakers.length ? (
        <section aria-labelledby="search-speakers" className="mt-6">
          <h2 id="search-speakers" className="text-xl font-semibold">
            {t("speakers")}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {speakers.map((s) => (
              <li key={s.slug}>
                <Link
                  href={`/${conference.slug}/speakers/${s.slug}`}
                  className="flex h-full items-start gap-3 rounded-xl border border-slate-200 p-3 hover:bg-slate-50"
                >
                  <SpeakerAvatar name={s.name} photo={s.photo} size="sm" />
                  <span className="min-w-0">
                    <span className="block font-semibold">
                      <Highlighted text={s.name} terms={terms} />
                    </span>
                    {s.affiliation ? (
                      <span className="block text-sm text-slate-600">
                        <Highlighted text={s.affiliation} terms={terms} />
                      </span>
                    ) : null}
                    {s.bio ? (
                      <span className="mt-1 block text-sm text-slate-700">
                        <Highlighted text={excerpt(s.bio, terms, 140)} terms={terms} />
                      </span>
                    ) : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {sessions.length ? (
        <section aria-labelledby="search-sessions" className="mt-8">
          <h2 id="search-sessions" className="text-xl font-semibold">
            {t("sessions")}
          </h2>
          <ul className="mt-3 space-y-3">
            {sessions.map((s) => (
              <li key={s.guid} className="rounded-lg border border-slate-200 p-3">
                <p className="text-xs font-medium text-brand-700">
                  {tf(`kind.${s.kind}`)}
                  {s.cancelled ? (
                    <span className="ml-2 rounded bg-red-100 px-1 text-red-800">{tf("cancelled")}</span>
                  ) : null}
                </p>
                <Link
                  href={`/${conference.slug}/sessions/${s.guid}`}
                  className={`font-semibold hover:underline ${s.cancelled ? "line-through" : ""}`}
                >
                  <Highlighted text={s.title} terms={terms} />
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDay(s.date, locale)}{" "}
                  <SessionTime startsAt={s.startsAt} endsAt={s.endsAt} timeZone={conference.timeZone} locale={locale} />
                  {s.room ? ` · ${s.room.name}` : ""} · {s.forum.name}
                </p>
                {s.people.length ? (
                  <p className="text-sm text-slate-700">
                    <Highlighted
                      text={s.people.map((p) => p.name).join(locale === "zh-CN" ? "、" : ", ")}
                      terms={terms}
                    />
                  </p>
                ) : null}
                {s.abstract ? (
                  <p className="mt-1 text-sm text-slate-700">
                    <Highlighted text={excerpt(s.abstract, terms, 180)} terms={terms} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

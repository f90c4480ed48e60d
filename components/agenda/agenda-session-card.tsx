import { useTranslations } from "next-intl";
import { StarButton } from "@/components/session/star-button";
import { SessionTime } from "@/components/time/session-time";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";

const MAX_NAMES = 6;

/** One session as the agenda shows it; `compact` for grid cells, where time and room are given by position. */
export function AgendaSessionCard({
  session,
  conference,
  timeZone,
  locale,
  compact = false,
}: {
  session: ProgrammeSession;
  conference: string;
  timeZone: string;
  locale: Locale;
  compact?: boolean;
}) {
  const t = useTranslations("forum");
  const names = session.people.map((p) => p.name);
  const shown =
    names.slice(0, MAX_NAMES).join(locale === "zh-CN" ? "、" : ", ") +
    (names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : "");
  return (
    <article
      className={`flex h-full gap-1 overflow-hidden rounded-lg border bg-white ${session.cancelled ? "border-slate-300 bg-slate-50" : "border-slate-200"} ${compact ? "p-1.5 text-xs" : "p-3 text-sm"}`}
      style={session.track ? { borderLeft: `4px solid ${session.track.color}` } : undefined}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium text-brand-700">
          {t(`kind.${session.kind}`)}
          {session.cancelled ? (
            <span className="ml-1.5 rounded bg-red-100 px-1 text-red-800">{t("cancelled")}</span>
          ) : null}
        </p>
        <h3
          className={`font-semibold leading-snug ${compact ? "text-sm" : "text-base"} ${session.cancelled ? "text-slate-500 line-through" : ""}`}
        >
          <Link href={`/${conference}/sessions/${session.guid}`} className="hover:underline">
            {session.title}
          </Link>
        </h3>
        <p className="mt-0.5 text-slate-600">
          <SessionTime
            startsAt={session.startsAt}
            endsAt={session.endsAt}
            timeZone={timeZone}
            locale={locale}
            className={compact ? "sr-only" : undefined}
          />
          {!compact && session.room ? <span> · {session.room.name}</span> : null}
          {!compact ? <span className="block text-slate-500">{session.forum.name}</span> : null}
        </p>
        {shown ? <p className="mt-1 text-slate-700">{shown}</p> : null}
      </div>
      <StarButton conference={conference} guid={session.guid} title={session.title} />
    </article>
  );
}

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { formatShortDay, formatTimeRange } from "@/lib/time/format";

/** One session on the now page: its time (with its day when not the day shown), title and people. */
export function NowSessionLine({
  session,
  conference,
  today,
  timeZone,
  locale,
}: {
  session: ProgrammeSession;
  conference: string;
  today: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = useTranslations("now");
  const people = session.people.map((p) => p.name);
  const separator = locale === "zh-CN" ? "、" : ", ";
  return (
    <div>
      <p className="text-sm text-slate-600 tabular-nums">
        {session.date !== today ? `${formatShortDay(session.date, locale)} ` : ""}
        <time dateTime={session.startsAt.toISOString()}>
          {formatTimeRange(session.startsAt, session.endsAt, timeZone, locale)}
        </time>
        {session.cancelled ? (
          <span className="ml-2 rounded bg-red-100 px-1 text-xs font-medium text-red-800">{t("cancelled")}</span>
        ) : null}
      </p>
      <Link
        href={`/${conference}/sessions/${session.guid}`}
        className={`font-semibold leading-snug text-brand-900 hover:underline ${session.cancelled ? "text-slate-600 line-through" : ""}`}
      >
        {session.title}
      </Link>
      {people.length ? (
        <p className="mt-0.5 line-clamp-2 text-sm text-slate-700">
          {people.slice(0, 4).join(separator)}
          {people.length > 4 ? ` +${people.length - 4}` : ""}
        </p>
      ) : null}
    </div>
  );
}

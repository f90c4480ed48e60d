import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumSession } from "@/lib/programme/forum-detail";
import { formatTimeRange } from "@/lib/time/format";

export function ForumSessionItem({ session, timeZone, locale }: { session: ForumSession; timeZone: string; locale: Locale }) {
  const t = useTranslations("forum");
  return (
    <article className={`grid gap-1 border-l-4 py-3 pl-4 sm:grid-cols-[8rem_1fr] sm:gap-4 ${session.cancelled ? "border-slate-300" : "border-brand-600"}`}>
      <p className="text-sm tabular-nums text-slate-600">
        <time dateTime={session.startsAt.toISOString()}>{formatTimeRange(session.startsAt, session.endsAt, timeZone, locale)}</time>
        {session.room ? <span className="block">{session.room}</span> : null}
      </p>
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-brand-700">
          {t(`kind.${session.kind}`)}
          {session.cancelled ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-red-800">{t("cancelled")}</span> : null}
        </p>
        <h3 className={`mt-1 text-base font-semibold ${session.cancelled ? "text-slate-500 line-through" : ""}`}>{session.title}</h3>
        {session.people.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {session.people.map((p) => (
              <li key={`${p.slug}-${p.role}`}>
                <span className="text-slate-500">{t(`role.${p.role}`)}</span> <span className="font-medium">{p.name}</span>
                {p.affiliation ? <span className="text-slate-600"> · {p.affiliation}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {session.abstract ? <p className="mt-2 text-sm leading-relaxed text-slate-700">{session.abstract}</p> : null}
      </div>
    </article>
  );
}

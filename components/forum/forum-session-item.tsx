import { useTranslations } from "next-intl";
import { roleLabelKey } from "@/lib/programme/programme-view";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumSession } from "@/lib/programme/forum-detail";
import { RichText } from "@/components/session/rich-text";
import { SessionKindLine } from "@/components/session/session-kind-line";
import { StarButton } from "@/components/session/star-button";
import { SessionTime } from "@/components/time/session-time";
import { Link } from "@/i18n/navigation";

export function ForumSessionItem({
  session,
  conference,
  timeZone,
  locale,
}: {
  session: ForumSession;
  conference: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = useTranslations("forum");
  return (
    <article
      className={`grid gap-1 border-l-4 py-3 pl-4 sm:grid-cols-[8rem_1fr] sm:gap-4 ${session.cancelled ? "border-slate-300" : "border-brand-600"}`}
    >
      <p className="text-sm tabular-nums text-slate-600">
        <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={timeZone} locale={locale} />
        {session.room ? <span className="block">{session.room}</span> : null}
      </p>
      <div>
        <SessionKindLine
          session={session}
          className="text-xs font-medium uppercase tracking-wide text-brand-700"
          badgeSpacing="ml-2 px-1.5 py-0.5"
        />
        <div className="flex items-start justify-between gap-2">
          <h3 className={`mt-1 text-base font-semibold ${session.cancelled ? "text-slate-500 line-through" : ""}`}>
            <Link href={`/${conference}/sessions/${session.guid}`} className="hover:underline">
              {session.title}
            </Link>
          </h3>
          <StarButton conference={conference} guid={session.guid} title={session.title} />
        </div>
        {session.people.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {session.people.map((p) => (
              <li key={`${p.slug}-${p.role}`}>
                <span className="text-slate-500">{t(roleLabelKey(p.role, session.kind))}</span>{" "}
                <Link href={`/${conference}/speakers/${p.slug}`} className="font-medium hover:underline">
                  {p.name}
                </Link>
                {p.affiliation ? <span className="text-slate-600"> · {p.affiliation}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {session.abstract ? (
          <RichText text={session.abstract} className="mt-2 text-sm leading-relaxed text-slate-700" />
        ) : null}
      </div>
    </article>
  );
}

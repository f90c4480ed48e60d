import type { ReactNode } from "react";
import { SessionKindLine } from "@/components/session/session-kind-line";
import { SessionTime } from "@/components/time/session-time";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { formatDay } from "@/lib/time/format";

/**
 * A session as a line of a list (a speaker's sessions, search hits): its kind, whether it is cancelled,
 * its title as a link, then its day, time, room and forum. `label` goes before the kind (the speaker's
 * role); `title` replaces the plain title (search highlights its terms).
 */
export function SessionSummary({
  session,
  conference,
  locale,
  label,
  title,
}: {
  session: ProgrammeSession;
  conference: { slug: string; timeZone: string };
  locale: Locale;
  label?: string;
  title?: ReactNode;
}) {
  return (
    <>
      <SessionKindLine
        session={session}
        label={label}
        className="text-xs font-medium text-brand-700"
        badgeSpacing="ml-2 px-1"
      />
      <Link
        href={`/${conference.slug}/sessions/${session.guid}`}
        className={`font-semibold hover:underline ${session.cancelled ? "line-through" : ""}`}
      >
        {title ?? session.title}
      </Link>
      <p className="text-sm text-slate-600">
        {formatDay(session.date, locale)}{" "}
        <SessionTime
          startsAt={session.startsAt}
          endsAt={session.endsAt}
          timeZone={conference.timeZone}
          locale={locale}
        />
        {session.room ? ` · ${session.room.name}` : ""} · {session.forum.name}
      </p>
    </>
  );
}

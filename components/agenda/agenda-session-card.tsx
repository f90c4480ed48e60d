import { SessionKindLine } from "@/components/session/session-kind-line";
import { StarButton } from "@/components/session/star-button";
import { SessionTime } from "@/components/time/session-time";
import { Link } from "@/i18n/navigation";
import { peopleLine } from "@/lib/agenda/people-line";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";

/** One session as the agenda's list shows it: kind, title, time, room, forum and people. */
export function AgendaSessionCard({
  session,
  conference,
  timeZone,
  locale,
}: {
  session: ProgrammeSession;
  conference: string;
  timeZone: string;
  locale: Locale;
}) {
  const people = peopleLine(
    session.people.map((p) => p.name),
    locale,
  );
  return (
    <article
      className={`flex h-full gap-1 rounded-lg border bg-white p-3 text-sm wrap-anywhere ${session.cancelled ? "border-slate-300 bg-slate-50" : "border-slate-200"}`}
      style={session.track ? { borderLeft: `4px solid ${session.track.color}` } : undefined}
    >
      <div className="min-w-0 flex-1">
        <SessionKindLine session={session} className="font-medium text-brand-700" badgeSpacing="ml-1.5 px-1" />
        <h3
          className={`text-base font-semibold leading-snug ${session.cancelled ? "text-slate-500 line-through" : ""}`}
        >
          <Link href={`/${conference}/sessions/${session.guid}`} className="hover:underline">
            {session.title}
          </Link>
        </h3>
        <p className="mt-0.5 text-slate-600">
          <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} timeZone={timeZone} locale={locale} />
          {session.room ? <span> · {session.room.name}</span> : null}
          <span className="block text-slate-500">{session.forum.name}</span>
        </p>
        {people ? <p className="mt-1 text-slate-700">{people}</p> : null}
      </div>
      <StarButton conference={conference} guid={session.guid} title={session.title} />
    </article>
  );
}

import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { formatShortDay, formatTimeRange } from "@/lib/time/format";

// Pieces of a room screen. Sizes are in viewport units (vmin) so a screen reads the same
// on a 1080p landscape display and on a portrait one, and nothing ever needs a scroll bar.

/** A session's time in the conference's zone, with its day when that is not the day shown. */
export function screenTime(session: ProgrammeSession, today: string, timeZone: string, locale: Locale): string {
  const range = formatTimeRange(session.startsAt, session.endsAt, timeZone, locale);
  return session.date === today ? range : `${formatShortDay(session.date, locale)} ${range}`;
}

export function CancelledBadge({ label }: { label: string }) {
  return (
    <span className="ml-[1vmin] rounded-[0.6vmin] bg-red-600 px-[1vmin] align-middle text-[0.7em] font-semibold text-white normal-case">
      {label}
    </span>
  );
}

/** The people of the current session, up to five, then how many more. */
export function ScreenPeople({
  session,
  roleLabel,
  more,
}: {
  session: ProgrammeSession;
  roleLabel: (person: ProgrammeSession["people"][number]) => string | null;
  more: (count: number) => string;
}) {
  if (!session.people.length) return null;
  const shown = session.people.slice(0, 5);
  return (
    <ul className="min-h-0 space-y-[0.8vmin] overflow-hidden text-[3vmin] leading-snug portrait:text-[3.4vmin]">
      {shown.map((person) => {
        const role = roleLabel(person);
        return (
          <li key={person.slug} className="line-clamp-2">
            {role ? <span className="mr-[1vmin] text-amber-200">{role}</span> : null}
            <span className="font-semibold">{person.name}</span>
            {person.affiliation ? <span className="ml-[1.2vmin] text-slate-300">{person.affiliation}</span> : null}
          </li>
        );
      })}
      {session.people.length > shown.length ? (
        <li className="text-slate-300">{more(session.people.length - shown.length)}</li>
      ) : null}
    </ul>
  );
}

/** One of the next sessions: time, title in at most two lines, the first people. */
export function ScreenNextItem({
  session,
  time,
  cancelled,
  separator,
}: {
  session: ProgrammeSession;
  time: string;
  cancelled: string | null;
  separator: string;
}) {
  return (
    <li className="min-w-0">
      <p className="text-[2.6vmin] font-semibold tabular-nums text-amber-200">
        {time}
        {cancelled ? <CancelledBadge label={cancelled} /> : null}
      </p>
      <p className={`line-clamp-2 text-[3.4vmin] font-semibold leading-snug ${cancelled ? "line-through" : ""}`}>
        {session.title}
      </p>
      {session.people.length ? (
        <p className="truncate text-[2.4vmin] text-slate-300">
          {session.people
            .slice(0, 3)
            .map((p) => p.name)
            .join(separator)}
          {session.people.length > 3 ? ` +${session.people.length - 3}` : ""}
        </p>
      ) : null}
    </li>
  );
}

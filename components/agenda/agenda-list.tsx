import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession } from "@/lib/programme/programme-view";
import { formatClockTime } from "@/lib/time/format";
import { AgendaSessionCard } from "./agenda-session-card";

/** Sessions in time order, grouped under the time they start. */
export function AgendaList({
  groups,
  conference,
  timeZone,
  locale,
  label,
}: {
  groups: Array<{ startsAt: Date; sessions: ProgrammeSession[] }>;
  conference: string;
  timeZone: string;
  locale: Locale;
  label: string;
}) {
  return (
    <section aria-label={label} className="agenda-list space-y-6">
      {groups.map((group) => (
        <section key={group.startsAt.toISOString()} aria-label={formatClockTime(group.startsAt, timeZone, locale)}>
          <h3 className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 py-1 text-sm font-semibold tabular-nums text-slate-700">
            <time dateTime={group.startsAt.toISOString()}>{formatClockTime(group.startsAt, timeZone, locale)}</time>
          </h3>
          <ul className="mt-2 grid gap-2 md:grid-cols-2">
            {group.sessions.map((s) => (
              <li key={s.guid}>
                <AgendaSessionCard session={s} conference={conference} timeZone={timeZone} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

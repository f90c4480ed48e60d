import { getTranslations } from "next-intl/server";
import type { MySession } from "@/db/queries/my-sessions";
import type { Locale } from "@/lib/domain/vocabulary";
import { formatTimeRange, formatTimeZoneLabel } from "@/lib/time/format";

/** The speaker's sessions, grouped by conference, at the conference's local times (labelled with its zone). */
export async function MySessions({ sessions, locale }: { sessions: MySession[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "me" });
  const tr = await getTranslations({ locale, namespace: "sessionsAdmin" });
  if (sessions.length === 0) return <p className="text-slate-700">{t("noSessions")}</p>;
  const byConference = new Map<string, MySession[]>();
  for (const s of sessions) byConference.set(s.conference.slug, [...(byConference.get(s.conference.slug) ?? []), s]);
  return (
    <div className="space-y-5">
      {[...byConference.values()].map((list) => {
        const { conference } = list[0]!;
        const day = new Intl.DateTimeFormat(locale, {
          month: "long",
          day: "numeric",
          weekday: "short",
          timeZone: conference.timeZone,
        });
        return (
          <section key={conference.slug} aria-labelledby={`my-${conference.slug}`}>
            <h3 id={`my-${conference.slug}`} className="font-semibold">
              {conference.name}
            </h3>
            <p className="text-xs text-slate-600">
              {t("times", { zone: formatTimeZoneLabel(conference.timeZone, list[0]!.startsAt ?? new Date()) })}
            </p>
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200">
              {list.map((s) => (
                <li key={`${s.id}-${s.role}`} className="p-3">
                  <p className="text-sm text-slate-700 tabular-nums">
                    {s.startsAt && s.endsAt
                      ? `${day.format(s.startsAt)} ${formatTimeRange(s.startsAt, s.endsAt, conference.timeZone, locale)}`
                      : t("unscheduled")}{" "}
                    · {s.room ?? t("noRoom")}
                  </p>
                  <p className="font-medium">
                    {s.title}
                    {s.status === "cancelled" ? (
                      <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">
                        {t("cancelled")}
                      </span>
                    ) : null}
                  </p>
                  <p className="text-sm text-slate-700">
                    {tr(`roles.${s.role}`)} · {s.forum}
                  </p>
                  {s.coSpeakers.length ? (
                    <p className="text-sm text-slate-600">
                      {t("with", {
                        people: s.coSpeakers
                          .map((p) => `${p.name} (${tr(`roles.${p.role}`)})`)
                          .join(locale === "en" ? ", " : "、"),
                      })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

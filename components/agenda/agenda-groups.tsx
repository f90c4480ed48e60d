import { useTranslations } from "next-intl";
import type { AgendaGroup } from "@/lib/agenda/agenda-groups";
import type { AgendaView } from "@/lib/agenda/agenda-query";
import type { Locale } from "@/lib/domain/vocabulary";
import { formatTimeRange } from "@/lib/time/format";
import { AgendaGroupLoader } from "./agenda-group-loader";

/**
 * A large day as one closed group per forum. Opening one loads its sessions from the agenda
 * filtered to that forum (a page of its own, kept by the page store); without scripts the
 * group holds a link to that page.
 */
export function AgendaGroups({
  groups,
  view,
  conference,
  timeZone,
  locale,
  label,
}: {
  groups: AgendaGroup[];
  view: AgendaView;
  conference: string;
  timeZone: string;
  locale: Locale;
  label: string;
}) {
  const t = useTranslations("agenda");
  return (
    <section aria-label={label} id="agenda-groups" className="mx-auto max-w-[70rem]">
      <p className="mb-3 text-sm text-slate-600">{t("grouped", { groups: groups.length })}</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {groups.map((g) => (
          <li key={g.slug}>
            <details data-src={g.href} data-view={view} className="agenda-group group">
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 px-3 py-3 hover:bg-slate-50">
                {/* A flex summary loses the marker of its list item: this one turns when the group opens. */}
                <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
                  ▸
                </span>
                <span className="font-semibold">{g.name}</span>
                <span className="text-sm text-slate-600 tabular-nums">
                  {t("count", { count: g.count })} · {formatTimeRange(g.startsAt, g.endsAt, timeZone, locale)}
                </span>
              </summary>
              <div data-group-body="" className="px-3 pb-4">
                <a href={g.href} className="text-sm text-brand-700 underline">
                  {t("groupShow", { forum: g.name })}
                </a>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <AgendaGroupLoader conference={conference} />
    </section>
  );
}

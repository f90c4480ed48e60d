import { useTranslations } from "next-intl";
import type { GridLayout } from "@/lib/agenda/grid-layout";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession, RoomView } from "@/lib/programme/programme-view";
import { AgendaSessionCard } from "./agenda-session-card";
import { NowMarker } from "./now-marker";

const HEADER_ROWS = 1;

/** Rooms as columns, time as rows; every cell is placed by CSS grid lines, so the page grows linearly with sessions. */
export function AgendaGrid({
  layout,
  conference,
  timeZone,
  locale,
  label,
}: {
  layout: GridLayout<ProgrammeSession, RoomView>;
  conference: string;
  timeZone: string;
  locale: Locale;
  label: string;
}) {
  const t = useTranslations("agenda");
  const totalColumns = layout.lanes + 1;
  return (
    <section aria-label={label} className="agenda-grid overflow-x-auto rounded-lg border border-slate-200">
      <div
        className="grid min-w-full"
        style={{
          gridTemplateColumns: `4rem repeat(${layout.lanes}, minmax(10rem, 1fr))`,
          gridTemplateRows: `auto repeat(${layout.rows}, 1.1rem)`,
        }}
      >
        <div
          className="sticky left-0 top-0 z-30 border-b border-slate-200 bg-slate-50 px-2 py-2 text-xs font-semibold text-slate-600"
          style={{ gridRow: 1, gridColumn: 1 }}
        >
          {t("time")}
        </div>
        {layout.columns.map((c) => (
          <div
            key={c.room?.slug ?? "no-room"}
            className="border-b border-l border-slate-200 bg-slate-50 px-2 py-2 text-sm font-semibold"
            style={{ gridRow: 1, gridColumn: `${c.start + 1} / span ${c.lanes}` }}
          >
            {c.room?.name ?? t("noRoom")}
          </div>
        ))}
        {layout.hours.map((h) => (
          <div
            key={h.label}
            aria-hidden="true"
            className="pointer-events-none border-t border-slate-200"
            style={{ gridRow: `${h.row + HEADER_ROWS} / span 1`, gridColumn: `1 / span ${totalColumns}` }}
          />
        ))}
        {layout.hours.map((h) => (
          <div
            key={`label-${h.label}`}
            aria-hidden="true"
            className="sticky left-0 z-10 bg-white px-2 text-xs tabular-nums text-slate-600"
            style={{ gridRow: `${h.row + HEADER_ROWS} / span 1`, gridColumn: 1 }}
          >
            {h.label}
          </div>
        ))}
        {layout.items.map((item) => (
          <div
            key={item.session.guid}
            className="relative z-0 p-0.5 focus-within:z-10"
            style={{
              gridRow: `${item.row.start + HEADER_ROWS} / ${item.row.end + HEADER_ROWS}`,
              gridColumn: `${item.column.start + 1} / span ${item.column.span}`,
            }}
          >
            <AgendaSessionCard
              session={item.session}
              conference={conference}
              timeZone={timeZone}
              locale={locale}
              compact
            />
            {item.continues ? <span className="sr-only">{t("continues")}</span> : null}
          </div>
        ))}
        <NowMarker
          startsAt={layout.startsAt.toISOString()}
          rows={layout.rows}
          slotMinutes={layout.slotMinutes}
          firstRow={HEADER_ROWS + 1}
          columns={totalColumns}
        />
      </div>
    </section>
  );
}

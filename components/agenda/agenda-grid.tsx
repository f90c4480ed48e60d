import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import type { GridLayout } from "@/lib/agenda/grid-layout";
import { gridSizes, isWideGrid, rowHeights, rowTemplate, spanHeight } from "@/lib/agenda/grid-sizes";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ProgrammeSession, RoomView } from "@/lib/programme/programme-view";
import { AgendaGridBlock } from "./agenda-grid-block";
import { NowMarker } from "./now-marker";

const HEADER_ROWS = 1;
const rem = (n: number) => `${n}rem`;

/**
 * Rooms as columns, time as rows; every cell is placed by CSS grid lines, so the page grows
 * linearly with sessions. The grid scrolls inside its own box, both ways, so the room names
 * and the times can stay in view (a sticky element sticks to its nearest scrolling box).
 */
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
  const heights = rowHeights(layout.items, layout.rows);
  const sizes = {
    "--agenda-head": rem(gridSizes.head),
    "--agenda-time": rem(gridSizes.timeColumn),
    gridTemplateColumns: `var(--agenda-time) repeat(${layout.lanes}, minmax(${rem(gridSizes.lane)}, 1fr))`,
    gridTemplateRows: `var(--agenda-head) ${rowTemplate(heights)}`,
  } as CSSProperties;
  const rows = layout.hours.map((h) => h.row + HEADER_ROWS);
  return (
    <section
      aria-label={label}
      // Focusable, so the keyboard can scroll it; its blocks' links come next in order.
      tabIndex={0}
      className={`agenda-grid${isWideGrid(layout.lanes) ? " agenda-grid-wide" : ""} max-h-[calc(100dvh-2rem)] overflow-auto overscroll-x-contain rounded-lg border border-slate-200 bg-white`}
    >
      <div className="grid min-w-full" style={sizes}>
        {/* Spans every row, so it can stay at the top all the way down; its columns are the grid's own. */}
        <div
          className="sticky top-0 z-40 grid h-(--agenda-head) grid-cols-subgrid self-start border-b border-slate-200 bg-slate-50"
          style={{ gridRow: "1 / -1", gridColumn: "1 / -1" }}
        >
          <div
            className="sticky left-0 z-10 w-(--agenda-time) self-stretch justify-self-start border-r border-slate-200 bg-slate-50 px-2 py-2 text-xs font-semibold text-slate-600"
            style={{ gridRow: 1, gridColumn: "1 / -1" }}
          >
            {t("time")}
          </div>
          {layout.columns.map((c) => {
            const name = c.room?.name ?? t("noRoom");
            return (
              <div
                key={c.room?.slug ?? "no-room"}
                title={name}
                className="flex items-center border-l border-slate-200 px-2 text-sm font-semibold leading-tight"
                style={{ gridRow: 1, gridColumn: `${c.start + 1} / span ${c.lanes}` }}
              >
                <span className="line-clamp-2">{name}</span>
              </div>
            );
          })}
        </div>
        {layout.hours.map((h) => (
          <div
            key={h.label}
            aria-hidden="true"
            className="pointer-events-none border-t border-slate-200"
            style={{ gridRow: `${h.row + HEADER_ROWS} / span 1`, gridColumn: "1 / -1" }}
          />
        ))}
        {/* Each hour's label spans its hour and every column, so it can stay at the left when scrolled sideways. */}
        {layout.hours.map((h, i) => (
          <div
            key={`label-${h.label}`}
            aria-hidden="true"
            className="sticky left-0 z-30 w-(--agenda-time) justify-self-start border-r border-t border-slate-200 bg-white px-2 text-xs tabular-nums text-slate-600"
            style={{ gridRow: `${rows[i]} / ${rows[i + 1] ?? -1}`, gridColumn: "1 / -1" }}
          >
            {h.label}
          </div>
        ))}
        {layout.items.map((item) => (
          <div
            key={item.session.guid}
            className="agenda-cell"
            style={{
              gridRow: `${item.row.start + HEADER_ROWS} / ${item.row.end + HEADER_ROWS}`,
              gridColumn: `${item.column.start + 1} / span ${item.column.span}`,
            }}
          >
            <AgendaGridBlock
              session={item.session}
              height={spanHeight(heights, item.row)}
              continues={item.continues}
              conference={conference}
              timeZone={timeZone}
              locale={locale}
            />
          </div>
        ))}
        <NowMarker
          startsAt={layout.startsAt.toISOString()}
          rows={layout.rows}
          slotMinutes={layout.slotMinutes}
          firstRow={HEADER_ROWS + 1}
          columns={layout.lanes + 1}
        />
      </div>
    </section>
  );
}

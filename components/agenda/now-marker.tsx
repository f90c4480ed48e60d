"use client";

import { useTranslations } from "next-intl";
import { useCurrentMinute } from "@/components/time/use-current-minute";

/** A line across the grid at the current time, only while the shown day is under way. */
export function NowMarker({
  startsAt,
  rows,
  slotMinutes,
  firstRow,
  columns,
}: {
  startsAt: string;
  rows: number;
  slotMinutes: number;
  firstRow: number;
  columns: number;
}) {
  const t = useTranslations("agenda");
  const minute = useCurrentMinute(30_000);
  if (minute === null) return null;
  const elapsed = minute - Math.floor(Date.parse(startsAt) / 60_000);
  if (elapsed < 0 || elapsed >= rows * slotMinutes) return null;
  const row = firstRow + Math.floor(elapsed / slotMinutes);
  return (
    <div
      role="presentation"
      className="pointer-events-none relative z-20 border-t-2 border-red-600"
      style={{ gridRow: `${row} / span 1`, gridColumn: `1 / span ${columns}` }}
    >
      <span className="absolute -top-3 left-0 rounded bg-red-600 px-1 text-xs font-semibold text-white">
        {t("now")}
      </span>
    </div>
  );
}

"use client";

import { useDroppable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { Conflict } from "@/lib/schedule/conflicts";
import { STEP_MINUTES, type DayWindow } from "@/lib/schedule/editor-geometry";
import { editorLanes } from "@/lib/schedule/editor-layout";
import { instantToLocalTime } from "@/lib/time/zoned";
import { SessionBlock, type BlockHandlers } from "./session-block";

/** Pixels per 5-minute row and per lane of a room, at each zoom. */
export const ZOOM = {
  normal: { rowPx: 10, lanePx: 176 },
  compact: { rowPx: 4, lanePx: 112 },
} as const;
export type Zoom = keyof typeof ZOOM;

interface Props extends BlockHandlers {
  data: ScheduleEditorData;
  rooms: ScheduleEditorData["rooms"];
  window: DayWindow;
  zoom: Zoom;
  sessions: EditorSession[];
  conflicts: Map<number, Conflict[]>;
  selected: number | null;
}

export function EditorGrid({ data, rooms, window, zoom, sessions, conflicts, selected, onSelect, onKey }: Props) {
  const t = useTranslations("schedule");
  const { rowPx, lanePx } = ZOOM[zoom];
  const height = ((window.endMinute - window.startMinute) / STEP_MINUTES) * rowPx;
  const hours: number[] = [];
  for (let m = window.startMinute; m < window.endMinute; m += 60) hours.push(m);
  const label = (m: number) => instantToLocalTime(new Date(window.midnight + m * 60_000), data.conference.timeZone);
  const hourTop = (m: number) => ((m - window.startMinute) / STEP_MINUTES) * rowPx;
  const { lanes, widest } = editorLanes(sessions, window);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200" role="region" aria-label={t("gridLabel")}>
      <div className="flex min-w-max">
        <div className="sticky left-0 z-20 w-14 shrink-0 border-r border-slate-200 bg-white">
          <div className="h-10 border-b border-slate-200" />
          <div className="relative" style={{ height }}>
            {hours.map((m) => (
              <span
                key={m}
                className="absolute left-1 -translate-y-1/2 text-xs tabular-nums text-slate-600"
                style={{ top: hourTop(m) }}
              >
                {label(m)}
              </span>
            ))}
          </div>
        </div>
        {rooms.map((room) => (
          <RoomColumn key={room.id} room={room} height={height} width={lanePx * (widest.get(room.id) ?? 1)}>
            {hours.map((m) => (
              <div
                key={m}
                aria-hidden="true"
                className="absolute inset-x-0 border-t border-slate-100"
                style={{ top: hourTop(m) }}
              />
            ))}
            {sessions
              .filter((s) => s.roomId === room.id)
              .map((s) => (
                <SessionBlock
                  key={s.id}
                  session={s}
                  data={data}
                  window={window}
                  rowPx={rowPx}
                  lane={lanes.get(s.id) ?? { lane: 0, of: 1 }}
                  room={room.name}
                  conflicts={conflicts.get(s.id) ?? []}
                  selected={selected === s.id}
                  onSelect={onSelect}
                  onKey={onKey}
                />
              ))}
          </RoomColumn>
        ))}
      </div>
    </div>
  );
}

function RoomColumn({
  room,
  height,
  width,
  children,
}: {
  room: { id: number; name: string };
  height: number;
  width: number;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `room:${room.id}` });
  return (
    <div className="shrink-0 border-r border-slate-200" style={{ width }}>
      <div
        className="flex h-10 items-center overflow-hidden border-b border-slate-200 bg-slate-50 px-2 text-sm font-semibold leading-tight"
        title={room.name}
      >
        {room.name}
      </div>
      <div
        ref={setNodeRef}
        data-room={room.id}
        className={`relative ${isOver ? "bg-brand-50" : ""}`}
        style={{ height }}
      >
        {children}
      </div>
    </div>
  );
}

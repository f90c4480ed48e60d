"use client";

import { useDraggable, useDroppable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { Conflict } from "@/lib/schedule/conflicts";
import { minuteOf, STEP_MINUTES, type DayWindow } from "@/lib/schedule/editor-geometry";
import { instantToLocalTime } from "@/lib/time/zoned";

/** Pixels per 5-minute row. */
export const ROW_PX = 10;

interface Props {
  data: ScheduleEditorData;
  window: DayWindow;
  sessions: EditorSession[];
  conflicts: Map<number, Conflict[]>;
  selected: number | null;
  onSelect: (id: number) => void;
  onKey: (session: EditorSession, key: string, shift: boolean) => boolean;
}

export function EditorGrid({ data, window, sessions, conflicts, selected, onSelect, onKey }: Props) {
  const t = useTranslations("schedule");
  const height = ((window.endMinute - window.startMinute) / STEP_MINUTES) * ROW_PX;
  const hours: number[] = [];
  for (let m = window.startMinute; m < window.endMinute; m += 60) hours.push(m);
  const label = (m: number) => instantToLocalTime(new Date(window.midnight + m * 60_000), data.conference.timeZone);
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
                style={{ top: ((m - window.startMinute) / STEP_MINUTES) * ROW_PX }}
              >
                {label(m)}
              </span>
            ))}
          </div>
        </div>
        {data.rooms.map((room) => (
          <RoomColumn key={room.id} room={room} height={height}>
            {hours.map((m) => (
              <div
                key={m}
                aria-hidden="true"
                className="absolute inset-x-0 border-t border-slate-100"
                style={{ top: ((m - window.startMinute) / STEP_MINUTES) * ROW_PX }}
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
  children,
}: {
  room: { id: number; name: string };
  height: number;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `room:${room.id}` });
  return (
    <div className="w-44 shrink-0 border-r border-slate-200">
      <div className="flex h-10 items-center border-b border-slate-200 bg-slate-50 px-2 text-sm font-semibold">
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

function SessionBlock({
  session,
  data,
  window,
  conflicts,
  selected,
  onSelect,
  onKey,
}: {
  session: EditorSession;
  data: ScheduleEditorData;
  window: DayWindow;
  conflicts: Conflict[];
  selected: boolean;
} & Pick<Props, "onSelect" | "onKey">) {
  const t = useTranslations("schedule");
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({
    id: `session:${session.id}`,
    disabled: !session.editable,
  });
  const resize = useDraggable({ id: `resize:${session.id}`, disabled: !session.editable });
  const {
    setNodeRef: setResizeRef,
    listeners: resizeListeners,
    attributes: resizeAttributes,
    transform: resizeTransform,
  } = resize;
  const top = ((minuteOf(window, session.startsAt!) - window.startMinute) / STEP_MINUTES) * ROW_PX;
  const rows = (minuteOf(window, session.endsAt!) - minuteOf(window, session.startsAt!)) / STEP_MINUTES;
  const resizeDelta = resizeTransform?.y ?? 0;
  const tz = data.conference.timeZone;
  const [from, to] = [
    instantToLocalTime(new Date(session.startsAt!), tz),
    instantToLocalTime(new Date(session.endsAt!), tz),
  ];
  const time = session.startsAt === session.endsAt ? from : `${from}–${to}`;
  const names = session.speakerIds.map((id) => data.speakers[id]).filter(Boolean);
  const conflicted = conflicts.length > 0;
  return (
    <div
      ref={setNodeRef}
      style={{
        top,
        height: Math.max(ROW_PX * 2, rows * ROW_PX + resizeDelta),
        transform: CSS.Translate.toString(transform),
        zIndex: isDragging ? 30 : undefined,
      }}
      className={`absolute inset-x-1 overflow-hidden rounded-md border text-xs shadow-sm ${conflicted ? "border-red-600 bg-red-50 ring-2 ring-red-600" : session.editable ? "border-brand-600 bg-white" : "border-slate-300 bg-slate-100"} ${selected ? "outline outline-2 outline-offset-1 outline-amber-500" : ""} ${session.status === "draft" ? "border-dashed" : ""}`}
      data-session={session.id}
    >
      <button
        type="button"
        {...listeners}
        {...attributes}
        aria-roledescription={t("blockRole")}
        aria-describedby="schedule-keyboard-help"
        aria-label={`${session.title}, ${time}${conflicted ? `, ${t("hasConflicts", { count: conflicts.length })}` : ""}${session.editable ? "" : `, ${t("readOnly")}`}`}
        onClick={() => onSelect(session.id)}
        onKeyDown={(e) => {
          if (onKey(session, e.key, e.shiftKey)) e.preventDefault();
        }}
        className={`block h-full w-full px-1.5 py-1 text-left ${session.editable ? "cursor-grab" : "cursor-default"}`}
      >
        <span className="block font-semibold leading-tight">{session.title}</span>
        <span className="block tabular-nums text-slate-600">{time}</span>
        {names.length ? <span className="block truncate text-slate-700">{names.join("、")}</span> : null}
        {conflicted ? (
          <span className="mt-0.5 block font-semibold text-red-800">
            ⚠ {t("hasConflicts", { count: conflicts.length })}
          </span>
        ) : null}
      </button>
      {session.editable ? (
        <span
          ref={setResizeRef}
          {...resizeListeners}
          {...resizeAttributes}
          tabIndex={-1}
          aria-hidden="true"
          className="absolute inset-x-0 bottom-0 h-2 cursor-ns-resize bg-brand-600/30 hover:bg-brand-600/60"
        />
      ) : null}
    </div>
  );
}

"use client";

import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useLocale, useTranslations } from "next-intl";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { Conflict } from "@/lib/schedule/conflicts";
import { MIN_BLOCK_STEPS } from "@/lib/schedule/editor-layout";
import { minuteOf, STEP_MINUTES, type DayWindow } from "@/lib/schedule/editor-geometry";
import { instantToLocalTime } from "@/lib/time/zoned";

export interface BlockHandlers {
  onSelect: (id: number) => void;
  onKey: (session: EditorSession, key: string, shift: boolean) => boolean;
}

/** One placed session: drag it, drag its bottom edge to resize, or focus it and use the keys. */
export function SessionBlock({
  session,
  data,
  window,
  rowPx,
  lane,
  room,
  conflicts,
  selected,
  onSelect,
  onKey,
}: {
  session: EditorSession;
  data: ScheduleEditorData;
  window: DayWindow;
  rowPx: number;
  lane: { lane: number; of: number };
  room: string;
  conflicts: Conflict[];
  selected: boolean;
} & BlockHandlers) {
  const t = useTranslations("schedule");
  const locale = useLocale();
  // Draggable even when it may not be moved: the drop is refused in words instead of nothing happening.
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({ id: `session:${session.id}` });
  const {
    setNodeRef: setResizeRef,
    listeners: resizeListeners,
    attributes: resizeAttributes,
    transform: resizeTransform,
  } = useDraggable({ id: `resize:${session.id}`, disabled: !session.editable });
  const start = minuteOf(window, session.startsAt!);
  const top = ((start - window.startMinute) / STEP_MINUTES) * rowPx;
  const rows = (minuteOf(window, session.endsAt!) - start) / STEP_MINUTES;
  const tz = data.conference.timeZone;
  const [from, to] = [
    instantToLocalTime(new Date(session.startsAt!), tz),
    instantToLocalTime(new Date(session.endsAt!), tz),
  ];
  const time = session.startsAt === session.endsAt ? from : `${from}–${to}`;
  const names = session.speakerIds
    .map((id) => data.speakers[id])
    .filter(Boolean)
    .join(locale === "en" ? ", " : "、");
  const conflicted = conflicts.length > 0;
  const conflictText = t("hasConflicts", { count: conflicts.length });
  // A comma only a screen reader hears, ending each line a sighted person sees apart. Zero-size
  // inline text, not sr-only: an absolutely placed span would make browsers read " , " with a space.
  const pause = <span className="text-[0px]">,</span>;
  return (
    <div
      ref={setNodeRef}
      style={{
        top,
        height: Math.max(rowPx * MIN_BLOCK_STEPS, rows * rowPx + (resizeTransform?.y ?? 0)),
        left: `calc(${(lane.lane / lane.of) * 100}% + 2px)`,
        width: `calc(${100 / lane.of}% - 4px)`,
        transform: session.editable ? CSS.Translate.toString(transform) : undefined,
        zIndex: isDragging ? 30 : undefined,
      }}
      className={`absolute overflow-hidden rounded-md border text-xs shadow-sm ${conflicted ? "border-red-600 bg-red-50 ring-2 ring-red-600" : session.editable ? "border-brand-600 bg-white" : "border-slate-300 bg-slate-100"} ${selected ? "outline outline-2 outline-offset-1 outline-amber-500" : ""} ${session.status === "draft" ? "border-dashed" : ""}`}
      data-session={session.id}
    >
      <button
        type="button"
        {...listeners}
        {...attributes}
        aria-roledescription={t("blockRole")}
        aria-describedby="schedule-keyboard-help"
        onClick={() => onSelect(session.id)}
        onKeyDown={(e) => {
          if (onKey(session, e.key, e.shiftKey)) e.preventDefault();
        }}
        className={`block h-full w-full px-1.5 py-0.5 text-left ${session.editable ? "cursor-grab" : "cursor-not-allowed"}`}
      >
        {/* The name is the block's own text (plus the room and whether it is read-only, unseen), so it
            always holds what is shown: no aria-label to drift from it. */}
        <span className="block font-semibold leading-tight">
          {session.title}
          {pause}
        </span>
        <span className="block tabular-nums text-slate-600">
          {time}
          {pause}
        </span>
        {names ? (
          <span className="block truncate text-slate-700">
            {names}
            {pause}
          </span>
        ) : null}
        {conflicted ? (
          <span className="mt-0.5 block font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {conflictText}
            {pause}
          </span>
        ) : null}
        <span className="text-[0px]">
          {room}
          {session.editable ? "" : `, ${t("readOnly")}`}
        </span>
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

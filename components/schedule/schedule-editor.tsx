"use client";

import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import { conflictsBySession, findConflicts } from "@/lib/schedule/conflicts";
import { dayWindow, minuteOf, placeAt, resizeTo, STEP_MINUTES } from "@/lib/schedule/editor-geometry";
import { lengthOf, trayLength, visibleRooms, type RoomView } from "@/lib/schedule/editor-layout";
import { instantToLocalDate } from "@/lib/time/zoned";
import { ConflictList } from "./conflict-list";
import { EditorGrid, ZOOM, type Zoom } from "./editor-grid";
import { EditorToolbar } from "./editor-toolbar";
import { PlacementForm } from "./placement-form";
import { SessionTray } from "./session-tray";
import { useScheduleMoves, type SaveMove } from "./use-schedule-moves";

const WIDE_FROM_ROOMS = 6;

interface Props {
  data: ScheduleEditorData;
  day: string;
  /** Saves one placement; saved, the result's `data` is the session's new version. */
  save: SaveMove;
}

/** Rooms beyond this many start with the empty ones hidden. */
const MANY_ROOMS = 12;

/**
 * The drag-and-drop schedule of one day. Moves are shown at once and saved through the action the
 * page passes in, each with the version it was based on, and can be undone; conflicts are
 * recomputed on every change, for the whole conference.
 */
export function ScheduleEditor({ data, day, save }: Props) {
  const t = useTranslations("schedule");
  const { sessions, apply, step, history, trayLengths, message, setMessage } = useScheduleMoves(data, save);
  const [selected, setSelected] = useState<number | null>(null);
  const [view, setView] = useState<RoomView>({ query: "", hideEmpty: data.rooms.length > MANY_ROOMS });
  const [zoom, setZoom] = useState<Zoom>("normal");
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  // The block to focus after the next render: a move to another room draws it in another column.
  const focusNext = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    document.querySelector<HTMLElement>(`[data-session="${focusNext.current}"] > button`)?.focus();
    focusNext.current = null;
  });

  const tz = data.conference.timeZone;
  const window = useMemo(() => dayWindow(day, tz, sessions), [day, tz, sessions]);
  const conflicts = useMemo(
    () =>
      findConflicts({
        conference: data.conference,
        forums: data.forums,
        sessions: sessions.map((s) => ({
          ...s,
          startsAt: s.startsAt ? new Date(s.startsAt) : null,
          endsAt: s.endsAt ? new Date(s.endsAt) : null,
        })),
        unavailability: data.unavailability.map((u) => ({
          ...u,
          startsAt: new Date(u.startsAt),
          endsAt: new Date(u.endsAt),
        })),
      }),
    [sessions, data.conference, data.forums, data.unavailability],
  );
  const bySession = useMemo(() => conflictsBySession(conflicts), [conflicts]);
  const isOnDay = (s: EditorSession) => !!s.startsAt && instantToLocalDate(new Date(s.startsAt), tz) === day;
  const onDay = sessions.filter(isOnDay);
  const tray = sessions.filter((s) => !s.startsAt && s.status !== "cancelled");
  const byId = new Map(sessions.map((s) => [s.id, s]));
  // A room counts as used if it was when the page loaded too, so it does not vanish when its last session leaves.
  const used = new Set([...data.sessions.filter(isOnDay), ...onDay].map((s) => s.roomId));
  const rooms = visibleRooms(data.rooms, new Set([...used].filter((id): id is number => id !== null)), view);
  const rowPx = ZOOM[zoom].rowPx;

  function undoOrRedo(direction: "undo" | "redo") {
    const onBlock = document.activeElement?.closest("[data-session]");
    const moved = step(direction);
    if (onBlock && moved !== null) focusNext.current = moved;
  }
  useEffect(() => {
    function onShortcut(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      // Fields keep their own undo.
      if (!(e.ctrlKey || e.metaKey) || target?.closest("input, textarea, select, [contenteditable]")) return;
      const key = e.key.toLowerCase();
      if (key === "z" || key === "y") {
        e.preventDefault();
        undoOrRedo(key === "y" || e.shiftKey ? "redo" : "undo");
      }
    }
    document.addEventListener("keydown", onShortcut);
    return () => document.removeEventListener("keydown", onShortcut);
  });

  function onDragStart(id: string) {
    const session = byId.get(Number(id.split(":")[1]));
    if (session && !session.editable) setMessage({ tone: "error", text: t("notYours", { title: session.title }) });
  }

  function onDragEnd(event: DragEndEvent) {
    const [kind, rawId] = String(event.active.id).split(":");
    const session = byId.get(Number(rawId));
    if (!session || !event.over) return;
    if (kind === "resize" && session.startsAt && session.endsAt) {
      const end = resizeTo(
        window,
        session.startsAt,
        minuteOf(window, session.endsAt) + Math.round(event.delta.y / rowPx) * STEP_MINUTES,
      );
      apply(session, { roomId: session.roomId, startsAt: session.startsAt, endsAt: end.toISOString() });
      return;
    }
    const target = String(event.over.id);
    if (target === "tray") {
      if (session.startsAt) apply(session, { roomId: null, startsAt: null, endsAt: null });
      return;
    }
    const roomId = Number(target.split(":")[1]);
    const top = (event.active.rect.current.translated?.top ?? event.over.rect.top) - event.over.rect.top;
    const duration = lengthOf(session) ?? trayLength(trayLengths, session.id);
    const { startsAt, endsAt } = placeAt(window, window.startMinute + (top / rowPx) * STEP_MINUTES, duration);
    apply(session, { roomId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
  }

  /** The keyboard path: arrows move by five minutes or a shown room, Shift+arrows resize, Delete returns to the tray. */
  function onKey(session: EditorSession, key: string, shift: boolean): boolean {
    if (!session.startsAt || !session.endsAt) return false;
    const start = minuteOf(window, session.startsAt);
    const duration = minuteOf(window, session.endsAt) - start;
    focusNext.current = session.id;
    if (key === "ArrowUp" || key === "ArrowDown") {
      const step = key === "ArrowUp" ? -STEP_MINUTES : STEP_MINUTES;
      if (shift)
        apply(session, {
          roomId: session.roomId,
          startsAt: session.startsAt,
          endsAt: resizeTo(window, session.startsAt, start + duration + step).toISOString(),
        });
      else {
        const p = placeAt(window, start + step, duration);
        apply(session, { roomId: session.roomId, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() });
      }
      return true;
    }
    if (key === "ArrowLeft" || key === "ArrowRight") {
      const next = rooms[rooms.findIndex((r) => r.id === session.roomId) + (key === "ArrowLeft" ? -1 : 1)];
      if (next) apply(session, { roomId: next.id, startsAt: session.startsAt, endsAt: session.endsAt });
      return true;
    }
    focusNext.current = null;
    if (key === "Delete" || key === "Backspace") {
      apply(session, { roomId: null, startsAt: null, endsAt: null });
      return true;
    }
    return false;
  }

  const selectedSession = selected === null ? null : (byId.get(selected) ?? null);
  const said = !message
    ? { text: "", warn: false }
    : message.tone === "error"
      ? { text: message.text, warn: true }
      : moveSaid(t, message, bySession.get(message.sessionId)?.length ?? 0);
  return (
    <DndContext sensors={sensors} onDragStart={(e) => onDragStart(String(e.active.id))} onDragEnd={onDragEnd}>
      <p
        role="status"
        aria-live="polite"
        className={`min-h-6 text-sm ${message?.tone === "error" ? "font-medium text-red-800" : said.warn ? "font-medium text-amber-900" : "text-slate-700"}`}
      >
        {said.text}
      </p>
      <p id="schedule-keyboard-help" className="text-sm text-slate-600">
        {t("keyboardHelp")}
      </p>
      <EditorToolbar
        lastDone={history.past.at(-1)}
        lastUndone={history.future.at(-1)}
        onUndo={() => undoOrRedo("undo")}
        onRedo={() => undoOrRedo("redo")}
        view={view}
        onView={setView}
        zoom={zoom}
        onZoom={setZoom}
        shown={rooms.length}
        total={data.rooms.length}
      />
      {/* Past six rooms the editor takes the window's width (app/[locale]/layout.tsx), as the agenda's grid does. */}
      <div
        className={`mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]${rooms.length > WIDE_FROM_ROOMS ? " schedule-editor-wide" : ""}`}
      >
        <EditorGrid
          data={data}
          rooms={rooms}
          window={window}
          zoom={zoom}
          sessions={onDay}
          conflicts={bySession}
          selected={selected}
          onSelect={setSelected}
          onKey={onKey}
        />
        <div className="space-y-4">
          {selectedSession ? (
            <PlacementForm
              key={`${selectedSession.id}-${selectedSession.version}`}
              session={selectedSession}
              data={data}
              day={day}
              trayLength={trayLength(trayLengths, selectedSession.id)}
              onPlace={(p) => apply(selectedSession, p)}
              onClose={() => setSelected(null)}
            />
          ) : null}
          <SessionTray sessions={tray} data={data} onSelect={setSelected} />
          <ConflictList conflicts={conflicts} data={data} sessions={byId} />
        </div>
      </div>
    </DndContext>
  );
}

/** What the status line says of a saved move: the conflicts the session has now, if any. */
function moveSaid(
  t: ReturnType<typeof useTranslations<"schedule">>,
  m: { title: string; origin: "move" | "undo" | "redo" },
  conflicts: number,
): { text: string; warn: boolean } {
  const done = t(m.origin === "move" ? "saved" : m.origin === "undo" ? "undone" : "redone", { title: m.title });
  return conflicts
    ? { text: `${done} ${t("nowConflicts", { count: conflicts })}`, warn: true }
    : { text: done, warn: false };
}

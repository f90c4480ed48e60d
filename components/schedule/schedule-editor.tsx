"use client";

import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { ActionResult } from "@/lib/admin/action-result";
import { conflictsBySession, findConflicts } from "@/lib/schedule/conflicts";
import { dayWindow, minuteOf, placeAt, resizeTo, STEP_MINUTES } from "@/lib/schedule/editor-geometry";
import { instantToLocalDate } from "@/lib/time/zoned";
import { ConflictList } from "./conflict-list";
import { PlacementForm } from "./placement-form";
import { EditorGrid, ROW_PX } from "./editor-grid";
import { SessionTray } from "./session-tray";

export interface Placement {
  roomId: number | null;
  startsAt: string | null;
  endsAt: string | null;
}

interface Props {
  data: ScheduleEditorData;
  day: string;
  /** Saves one placement; saved, the result's `data` is the session's new version. */
  save: (input: { sessionId: number; version: number } & Placement) => Promise<ActionResult<{ version: number }>>;
}

/**
 * The drag-and-drop schedule of one day. Moves are shown at once, saved
 * through a server action with the version they were based on, and undone
 * with a message when the server refuses them. Conflicts are recomputed on
 * every change, for the whole conference.
 */
export function ScheduleEditor({ data, day, save }: Props) {
  const t = useTranslations("schedule");
  const say = useTranslations("problems");
  const router = useRouter();
  const [sessions, setSessions] = useState(data.sessions);
  // After a refresh brings the server's state (say, a colleague's edit), start from it; the message stays.
  const [base, setBase] = useState(data.sessions);
  if (base !== data.sessions) {
    setBase(data.sessions);
    setSessions(data.sessions);
  }
  const [selected, setSelected] = useState<number | null>(null);
  const [message, setMessage] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [, startTransition] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

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
  const onDay = sessions.filter((s) => s.startsAt && instantToLocalDate(new Date(s.startsAt), tz) === day);
  const tray = sessions.filter((s) => !s.startsAt && s.status !== "cancelled");
  const byId = new Map(sessions.map((s) => [s.id, s]));

  function apply(session: EditorSession, placement: Placement) {
    if (!session.editable) {
      setMessage({ tone: "error", text: t("notYours", { title: session.title }) });
      return;
    }
    const previous = session;
    setSessions((all) => all.map((s) => (s.id === session.id ? { ...s, ...placement } : s)));
    startTransition(async () => {
      const result = await save({ sessionId: session.id, version: session.version, ...placement });
      const saved = result.status === "saved" ? result.data : undefined;
      if (saved) {
        setSessions((all) => all.map((s) => (s.id === session.id ? { ...s, version: saved.version } : s)));
        setMessage({ tone: "info", text: t("saved", { title: session.title }) });
        return;
      }
      setSessions((all) => all.map((s) => (s.id === session.id ? previous : s)));
      if (result.stale) {
        const changes = result.stale.changesSince;
        const who = changes.map((c) => c.by ?? t("someone")).filter((v, i, a) => a.indexOf(v) === i);
        const fields = [...new Set(changes.flatMap((c) => Object.keys(c.changes)))].map((f) =>
          t.has(`field.${f}`) ? t(`field.${f}` as "field.startsAt") : f,
        );
        setMessage({
          tone: "error",
          text: t("stale", { title: session.title, who: who.join(", "), fields: fields.join(", ") }),
        });
        // Bring in what the colleague saved, so the next move starts from it.
        router.refresh();
        return;
      }
      // A placement has no fields to show a problem beside: the first field's problem is the message.
      const problem = Object.values(result.fields ?? {})[0] ?? result.problem;
      setMessage({ tone: "error", text: problem ? say(problem.code, problem.values) : say("forbidden") });
    });
  }

  function onDragEnd(event: DragEndEvent) {
    const [kind, rawId] = String(event.active.id).split(":");
    const session = byId.get(Number(rawId));
    if (!session || !event.over) return;
    if (kind === "resize" && session.startsAt && session.endsAt) {
      const end = resizeTo(
        window,
        session.startsAt,
        minuteOf(window, session.endsAt) + Math.round(event.delta.y / ROW_PX) * STEP_MINUTES,
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
    const duration =
      session.startsAt && session.endsAt ? (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000 : 30;
    const { startsAt, endsAt } = placeAt(window, window.startMinute + (top / ROW_PX) * STEP_MINUTES, duration);
    apply(session, { roomId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
  }

  /** The keyboard path: arrows move by five minutes or a room, Shift+arrows resize, Delete returns to the tray. */
  function onKey(session: EditorSession, key: string, shift: boolean): boolean {
    if (!session.startsAt || !session.endsAt) return false;
    const start = minuteOf(window, session.startsAt);
    const duration = minuteOf(window, session.endsAt) - start;
    const roomIndex = data.rooms.findIndex((r) => r.id === session.roomId);
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
      const next = data.rooms[roomIndex + (key === "ArrowLeft" ? -1 : 1)];
      if (next) apply(session, { roomId: next.id, startsAt: session.startsAt, endsAt: session.endsAt });
      return true;
    }
    if (key === "Delete" || key === "Backspace") {
      apply(session, { roomId: null, startsAt: null, endsAt: null });
      return true;
    }
    return false;
  }

  const selectedSession = selected === null ? null : (byId.get(selected) ?? null);
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <p
        role="status"
        aria-live="polite"
        className={`min-h-6 text-sm ${message?.tone === "error" ? "font-medium text-red-800" : "text-slate-700"}`}
      >
        {message?.text}
      </p>
      <p id="schedule-keyboard-help" className="text-sm text-slate-600">
        {t("keyboardHelp")}
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[1fr_18rem]">
        <EditorGrid
          data={data}
          window={window}
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

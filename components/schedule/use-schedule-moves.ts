"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { ActionResult } from "@/lib/admin/action-result";
import { lengthOf } from "@/lib/schedule/editor-layout";
import {
  emptyQueue,
  requestMove,
  samePlacement,
  settleMove,
  type Placement,
  type Send,
} from "@/lib/schedule/move-queue";
import { emptyHistory, forgetSession, recordEdit, takeRedo, takeUndo } from "@/lib/schedule/undo-history";

export type SaveMove = (
  input: { sessionId: number; version: number } & Placement,
) => Promise<ActionResult<{ version: number }>>;

type Origin = "move" | "undo" | "redo";

/** What the status line says: a saved move names its session, so the editor can add the conflicts it has now. */
export type MoveMessage =
  { tone: "saved"; sessionId: number; title: string; origin: Origin } | { tone: "error"; text: string };

const placementOf = (s: Placement): Placement => ({ roomId: s.roomId, startsAt: s.startsAt, endsAt: s.endsAt });

/**
 * The editor's sessions and their moves: shown at once, sent one at a time per session (a move
 * asked for while another is on its way waits for its answer and the version it brings), kept in
 * an undo history, and put back with a message when the server refuses them.
 */
export function useScheduleMoves(data: ScheduleEditorData, save: SaveMove) {
  const t = useTranslations("schedule");
  const say = useTranslations("problems");
  const router = useRouter();
  const queue = useRef(emptyQueue);
  const origins = useRef(new Map<number, Origin>());
  const [sessions, setSessions] = useState(data.sessions);
  // After a refresh brings the server's state (say, a colleague's edit), start from it, except for
  // sessions whose moves are still on their way; the message stays.
  const [base, setBase] = useState(data.sessions);
  if (base !== data.sessions) {
    const shown = new Map(sessions.map((s) => [s.id, s]));
    setBase(data.sessions);
    setSessions(data.sessions.map((s) => (queue.current.has(s.id) ? (shown.get(s.id) ?? s) : s)));
  }
  const [history, setHistory] = useState(emptyHistory);
  const [trayLengths, setTrayLengths] = useState<ReadonlyMap<number, number>>(new Map());
  const [message, setMessage] = useState<MoveMessage | null>(null);

  async function deliver(send: Send, title: string) {
    const result = await save({ sessionId: send.sessionId, version: send.version, ...send.placement });
    const saved = result.status === "saved" ? result.data : undefined;
    const settled = settleMove(queue.current, send.sessionId, saved ? { saved: saved.version } : "refused");
    queue.current = settled.queue;
    const origin = origins.current.get(send.sessionId) ?? "move";
    if (saved) {
      setSessions((all) => all.map((s) => (s.id === send.sessionId ? { ...s, version: saved.version } : s)));
      if (settled.send) return deliver(settled.send, title);
      setMessage({ tone: "saved", sessionId: send.sessionId, title, origin });
      return;
    }
    const back = settled.revertTo;
    if (back) setSessions((all) => all.map((s) => (s.id === send.sessionId ? { ...s, ...back } : s)));
    setHistory((h) => forgetSession(h, send.sessionId));
    if (result.stale) {
      const changes = result.stale.changesSince;
      const who = [...new Set(changes.map((c) => c.by ?? t("someone")))];
      const fields = [...new Set(changes.flatMap((c) => Object.keys(c.changes)))].map((f) =>
        t.has(`field.${f}`) ? t(`field.${f}` as "field.startsAt") : f,
      );
      const words = { title, who: who.join(", "), fields: fields.join(", ") };
      setMessage({ tone: "error", text: origin === "move" ? t("stale", words) : t("undoStale", words) });
      // Bring in what the colleague saved, so the next move starts from it.
      router.refresh();
      return;
    }
    // A placement has no fields to show a problem beside: the first field's problem is the message.
    const problem = Object.values(result.fields ?? {})[0] ?? result.problem;
    setMessage({ tone: "error", text: problem ? say(problem.code, problem.values) : say("forbidden") });
  }

  function apply(session: EditorSession, placement: Placement, origin: Origin = "move") {
    if (!session.editable) {
      setMessage({ tone: "error", text: t("notYours", { title: session.title }) });
      return;
    }
    if (samePlacement(session, placement)) return;
    if (origin === "move")
      setHistory((h) =>
        recordEdit(h, { sessionId: session.id, title: session.title, before: placementOf(session), after: placement }),
      );
    const length = lengthOf(session);
    if (placement.startsAt === null && length !== null) setTrayLengths((m) => new Map(m).set(session.id, length));
    setSessions((all) => all.map((s) => (s.id === session.id ? { ...s, ...placement } : s)));
    origins.current.set(session.id, origin);
    const asked = requestMove(queue.current, session, placement);
    queue.current = asked.queue;
    if (asked.send) void deliver(asked.send, session.title);
  }

  /** Takes back the last move (or makes the last undone one again); returns the session it moved. */
  function step(direction: "undo" | "redo"): number | null {
    const taken = direction === "undo" ? takeUndo(history) : takeRedo(history);
    if (!taken) return null;
    setHistory(taken.history);
    const session = sessions.find((s) => s.id === taken.edit.sessionId);
    if (!session) return null;
    apply(session, direction === "undo" ? taken.edit.before : taken.edit.after, direction);
    return session.id;
  }

  return { sessions, apply, step, history, trayLengths, message, setMessage };
}

import type { Placement } from "./move-queue";

/** One move made in the editor: a session from one placement to another. */
export interface Edit {
  sessionId: number;
  title: string;
  before: Placement;
  after: Placement;
}

export interface History {
  past: Edit[];
  future: Edit[];
}

/** How many moves can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 50;

export const emptyHistory: History = { past: [], future: [] };

/** A new move: it can be undone, and whatever was undone before can no longer be redone. */
export function recordEdit(history: History, edit: Edit): History {
  return { past: [...history.past, edit].slice(-HISTORY_LIMIT), future: [] };
}

/** The move to take back (its `before` is where the session goes), and the history after. */
export function takeUndo(history: History): { edit: Edit; history: History } | null {
  const edit = history.past.at(-1);
  if (!edit) return null;
  return { edit, history: { past: history.past.slice(0, -1), future: [...history.future, edit] } };
}

/** The move to make again (its `after` is where the session goes), and the history after. */
export function takeRedo(history: History): { edit: Edit; history: History } | null {
  const edit = history.future.at(-1);
  if (!edit) return null;
  return { edit, history: { past: [...history.past, edit], future: history.future.slice(0, -1) } };
}

/**
 * Forgets a session's moves, once the server refused one: it holds another placement than the
 * editor thought, so taking the old moves back would undo someone else's work.
 */
export function forgetSession(history: History, sessionId: number): History {
  const keep = (e: Edit) => e.sessionId !== sessionId;
  return { past: history.past.filter(keep), future: history.future.filter(keep) };
}

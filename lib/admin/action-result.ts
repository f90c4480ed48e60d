import type { Problem } from "@/lib/errors/problem";

/** What an edit based on an old version is told: the version now, and who changed which fields since. */
export interface StaleNotice {
  currentVersion: number;
  changesSince: Array<{
    at: string;
    by: string | null;
    version: number;
    changes: Record<string, { before: unknown; after: unknown }>;
  }>;
}

/**
 * What every server action of Podium answers, whatever it does: saved or refused, the
 * refusal as a code (words in messages "problems"), each field's problem beside it,
 * what was typed (so a refused form loses nothing), and what the action hands back.
 */
export interface ActionResult<Data = undefined> {
  status: "idle" | "saved" | "error";
  problem?: Problem;
  fields?: Record<string, Problem>;
  values?: Record<string, string>;
  stale?: StaleNotice;
  data?: Data;
}

export const idle: ActionResult<never> = { status: "idle" };

/**
 * The text fields of a form, to give back after a refusal so nothing typed is lost (`$`-names
 * are the form's own). Passwords are never sent back: a refused form asks for them again.
 */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) values[key] = value;
  return values;
}

/** A server action as `useActionState` calls it. */
export type Action<Data = undefined> = (
  previous: ActionResult<Data>,
  formData: FormData,
) => Promise<ActionResult<Data>>;

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Action, ActionResult } from "@/lib/admin/action-result";
import type { Problem } from "@/lib/errors/problem";

/**
 * Everything a form needs from its action: the state, problems in the viewer's words,
 * and what to show in a field — what was typed after a refusal (selects included),
 * else the saved value.
 */
export function useActionForm<Data = undefined>(
  action: Action<Data>,
  saved?: Record<string, string | number | null> | null,
) {
  const t = useTranslations("problems");
  const [state, dispatch, pending] = useActionState<ActionResult<Data>, FormData>(action, { status: "idle" });
  const say = (p: Problem | undefined) => (p ? t(p.code, p.values) : undefined);
  const error = (field: string) => say(state.fields?.[field]);
  const value = (field: string) => state.values?.[field] ?? (saved?.[field] == null ? "" : String(saved[field]));
  return {
    state,
    action: dispatch,
    pending,
    say,
    message: say(state.problem),
    error,
    value,
    /** A field's name, what it shows and its problem, to spread into FormField, TextAreaField or SelectField. */
    field: (name: string) => ({ name, defaultValue: value(name), error: error(name) }),
  };
}

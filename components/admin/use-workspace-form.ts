"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin/form-result";

/**
 * The state every simple workspace form needs: the action, what to show in a
 * field (what was typed after an error, else the saved value), and refusals
 * in words (`forbidden` and `not-found` from the form's namespace).
 */
export function useWorkspaceForm<Values extends Record<string, string | number>>(
  namespace: string,
  save: FormAction,
  saved: Values | null,
) {
  const t = useTranslations(namespace);
  const [state, action, pending] = useActionState<FormState, FormData>(save, { status: "idle" });
  const value = (name: keyof Values & string) => state.values?.[name] ?? (saved ? String(saved[name]) : "");
  const message = (m: string | undefined) => (m === "forbidden" || m === "not-found" ? t(`error.${m}`) : m);
  return { t, state, action, pending, value, message };
}

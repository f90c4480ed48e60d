"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { buttonLooks, SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";
import type { ProblemCode } from "@/lib/errors/problem";

interface Props {
  action: Action;
  /** Where to go once signed in: a same-origin path, checked again by the action. */
  redirectTo: string;
  /** What Auth.js's redirect to this page named, until the form is posted. */
  initialError: ProblemCode | null;
}

export function SignInForm({ action, redirectTo, initialError }: Props) {
  const t = useTranslations("signIn");
  const form = useActionForm(action);
  const error =
    form.state.status === "idle" ? form.say(initialError ? { code: initialError } : undefined) : form.message;
  const errorId = useId();
  const described = error ? errorId : undefined;
  const input =
    "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

  return (
    <form action={form.action} className="mt-6 space-y-4">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div>
        <label htmlFor="signin-email" className="block text-sm font-medium text-slate-700">
          {t("email")}
        </label>
        {/* The key makes React re-mount the field with the email the action returned: a finished form action resets the form. */}
        <input
          key={form.value("email")}
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={form.value("email")}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={input}
        />
      </div>
      <div>
        <label htmlFor="signin-password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <input
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={input}
        />
      </div>
      {error && (
        <p
          id={errorId}
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <SubmitButton pending={form.pending} pendingLabel={t("submitting")} className={`w-full ${buttonLooks.page}`}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

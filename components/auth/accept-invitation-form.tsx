"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/admin/form-field";
import type { FormAction } from "@/lib/admin/form-result";

interface Props {
  token: string;
  action: FormAction;
  /** True: choose a password for a new account; false: accept as the signed-in account. */
  newAccount: boolean;
  minPasswordLength: number;
}

export function AcceptInvitationForm({ token, action, newAccount, minPasswordLength }: Props) {
  const t = useTranslations("invite");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const error = (field: string) => {
    const e = state.fieldErrors?.[field];
    return e === "mismatch" ? t("mismatch") : e;
  };
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="$token" value={token} />
      {newAccount ? (
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("setPassword")}</legend>
          <FormField
            label={t("password")}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            hint={t("passwordHint", { min: minPasswordLength })}
            error={error("password")}
          />
          <FormField
            label={t("passwordConfirm")}
            name="passwordConfirm"
            type="password"
            autoComplete="new-password"
            required
            error={error("passwordConfirm")}
          />
        </fieldset>
      ) : null}
      {state.status === "error" && state.message && !state.fieldErrors ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      {state.status === "error" && state.fieldErrors?.email ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.fieldErrors.email}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("accepting") : newAccount ? t("acceptNew") : t("accept")}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { buttonLooks, SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";
import { NewPasswordFields } from "./new-password-fields";

interface Props {
  token: string;
  action: Action;
  /** True: choose a password for a new account; false: accept as the signed-in account. */
  newAccount: boolean;
  minPasswordLength: number;
}

export function AcceptInvitationForm({ token, action, newAccount, minPasswordLength }: Props) {
  const t = useTranslations("invite");
  const form = useActionForm(action);
  // The account's address is not a field of this form: a problem with it is the form's message.
  const message =
    form.error("email") ?? (form.error("password") || form.error("passwordConfirm") ? null : form.message);
  return (
    <form action={form.action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="$token" value={token} />
      {newAccount ? (
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("setPassword")}</legend>
          <NewPasswordFields
            names={["password", "passwordConfirm"]}
            labels={[t("password"), t("passwordConfirm")]}
            hint={t("passwordHint", { min: minPasswordLength })}
            minLength={minPasswordLength}
            error={form.error}
          />
        </fieldset>
      ) : null}
      {message ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <SubmitButton pending={form.pending} pendingLabel={t("accepting")} className={`w-full ${buttonLooks.page}`}>
        {newAccount ? t("acceptNew") : t("accept")}
      </SubmitButton>
    </form>
  );
}

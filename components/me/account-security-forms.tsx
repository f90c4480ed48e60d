"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { FormField } from "@/components/admin/form-field";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Action } from "@/lib/admin/action-result";
import { PASSWORD_CHANGED_QUERY, type ConfirmationSent } from "@/lib/auth/account-form-state";

/** Current password, then the new one twice; each problem beside its field. */
export function ChangePasswordForm({ action, minPasswordLength }: { action: Action; minPasswordLength: number }) {
  const t = useTranslations("account");
  const form = useActionForm(action);
  // The action ends in a redirect back here, signed in afresh, with this in the query.
  const changed =
    useSearchParams().get(PASSWORD_CHANGED_QUERY.name) === PASSWORD_CHANGED_QUERY.value && form.state.status === "idle";
  const fieldProblem = form.state.fields && Object.keys(form.state.fields).length > 0;
  return (
    <form action={form.action} className="max-w-md space-y-3" noValidate>
      {changed ? (
        <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("passwordChanged")}
        </p>
      ) : null}
      <FormField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={form.error("currentPassword")}
      />
      <NewPasswordFields
        names={["newPassword", "newPasswordConfirm"]}
        labels={[t("newPassword"), t("newPasswordConfirm")]}
        hint={t("newPasswordHint", { min: minPasswordLength })}
        minLength={minPasswordLength}
        error={form.error}
      />
      <FormAlert message={fieldProblem ? null : form.message} />
      <SubmitButton pending={form.pending} pendingLabel={t("changingPassword")}>
        {t("changePassword")}
      </SubmitButton>
    </form>
  );
}

/** Asks for a confirmation link by email; says where it went, or why not. */
export function SendVerificationForm({ action }: { action: Action<ConfirmationSent> }) {
  const t = useTranslations("account");
  const form = useActionForm(action);
  const sent = form.state.data;
  const message = sent?.sentTo
    ? t("verificationSent", { email: sent.sentTo })
    : sent?.confirmed
      ? t("verified")
      : form.message;
  const refused = form.state.status === "error";
  return (
    <form action={form.action} className="mt-3">
      <SubmitButton
        pending={form.pending}
        pendingLabel={t("sendingVerification")}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-900 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("sendVerification")}
      </SubmitButton>
      {message ? (
        <p
          role={refused ? "alert" : "status"}
          className={`mt-2 text-sm ${refused ? "font-medium text-red-800" : "text-green-900"}`}
        >
          {message}
        </p>
      ) : null}
    </form>
  );
}

/** Ends every sign-in of the account, this browser's included, after asking. */
export function SignOutEverywhereForm({ action }: { action: Action }) {
  const t = useTranslations("account");
  const form = useActionForm(action);
  return (
    <form action={form.action}>
      <ConfirmButton
        confirm={t("signOutEverywhereConfirm")}
        className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("signOutEverywhere")}
      </ConfirmButton>
      <FormAlert message={form.message} className="mt-2" />
    </form>
  );
}

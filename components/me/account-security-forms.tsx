"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { FormField } from "@/components/admin/form-field";
import { PASSWORD_CHANGED_QUERY, type AccountFormState } from "@/lib/auth/account-form-state";

type Action = (previous: AccountFormState, formData: FormData) => Promise<AccountFormState>;

/** Current password, then the new one twice; each error beside its field. */
export function ChangePasswordForm({ action, minPasswordLength }: { action: Action; minPasswordLength: number }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // The action ends in a redirect back here, signed in afresh, with this in the query.
  const changed =
    useSearchParams().get(PASSWORD_CHANGED_QUERY.name) === PASSWORD_CHANGED_QUERY.value && state.status === "idle";
  const error = (field: string) => {
    const code = state.fieldErrors?.[field];
    if (!code) return undefined;
    return code === "throttled"
      ? t("passwordError.throttled", { minutes: state.retryAfterMinutes ?? 15 })
      : t(`passwordError.${code}`, { min: minPasswordLength });
  };
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
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
        error={error("currentPassword")}
      />
      <FormField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        hint={t("newPasswordHint", { min: minPasswordLength })}
        error={error("newPassword")}
      />
      <FormField
        label={t("newPasswordConfirm")}
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        required
        error={error("newPasswordConfirm")}
      />
      {state.status === "error" && state.code ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t("forbidden")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? t("changingPassword") : t("changePassword")}
      </button>
    </form>
  );
}

/** Asks for a confirmation link by email; says where it went, or why not. */
export function SendVerificationForm({ action, email }: { action: () => Promise<AccountFormState>; email: string }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const message =
    state.code === undefined
      ? null
      : state.code === "sent"
        ? t("verificationSent", { email })
        : state.code === "already-verified"
          ? t("verified")
          : state.code === "rate-limited"
            ? t("verificationError.rate-limited", { minutes: state.retryAfterMinutes ?? 60 })
            : t(
                `verificationError.${state.code === "mail-off" || state.code === "mail-failed" ? state.code : "forbidden"}`,
              );
  return (
    <form action={formAction} className="mt-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-900 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("sendingVerification") : t("sendVerification")}
      </button>
      {message ? (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`mt-2 text-sm ${state.status === "error" ? "font-medium text-red-800" : "text-green-900"}`}
        >
          {message}
        </p>
      ) : null}
    </form>
  );
}

/** Ends every sign-in of the account, this browser's included, after asking. */
export function SignOutEverywhereForm({ action }: { action: () => Promise<void> }) {
  const t = useTranslations("account");
  return (
    <form action={action}>
      <ConfirmButton
        confirm={t("signOutEverywhereConfirm")}
        className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("signOutEverywhere")}
      </ConfirmButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/admin/form-result";
import { ConfirmButton } from "./confirm-button";
import { FormField } from "./form-field";

function useMessage() {
  const t = useTranslations("organizers");
  return (m: string | undefined) => (m === "forbidden" || m === "not-found" ? t(`error.${m}`) : m);
}

// The grant action answers refusals as codes (db/mutations/organizers.ts GrantRefusalCode).
const grantErrors = new Set(["invalid-email", "no-account", "already-organizer", "unverified"]);

/**
 * Grants organizer rights to an existing user by email; the error sits beside the field.
 * `canGrantUnverified`: a platform admin, who may grant to an address not yet confirmed.
 */
export function GrantOrganizerForm({
  conference,
  grant,
  canGrantUnverified,
}: {
  conference: string;
  grant: FormAction;
  canGrantUnverified: boolean;
}) {
  const t = useTranslations("organizers");
  const message = useMessage();
  const [state, action, pending] = useActionState(grant, { status: "idle" });
  const code = state.fieldErrors?.email;
  const emailError =
    code && grantErrors.has(code) ? t(`grantError.${code}`, { email: state.values?.email?.trim() ?? "" }) : code;
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate>
      <input type="hidden" name="$conference" value={conference} />
      <div className="min-w-64 flex-1">
        <FormField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={state.values?.email ?? ""}
          error={emailError}
          hint={t("emailHint")}
          required
        />
        {canGrantUnverified ? (
          <label className="mt-2 flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="grantUnverified"
              className="mt-1"
              defaultChecked={state.values?.grantUnverified === "on"}
            />
            <span>{t("grantUnverified")}</span>
          </label>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {t("grant")}
      </button>
      {state.status === "error" && !state.fieldErrors ? (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {message(state.message)}
        </p>
      ) : null}
    </form>
  );
}

/** Revokes one organizer's rights, after asking. */
export function RevokeOrganizerButton({
  conference,
  userId,
  email,
  revoke,
}: {
  conference: string;
  userId: number;
  email: string;
  revoke: FormAction;
}) {
  const t = useTranslations("organizers");
  const message = useMessage();
  const [state, action, pending] = useActionState(revoke, { status: "idle" });
  return (
    <form action={action}>
      <input type="hidden" name="$conference" value={conference} />
      <input type="hidden" name="$user" value={userId} />
      <ConfirmButton
        confirm={t("confirmRevoke", { email })}
        disabled={pending}
        className="rounded-md border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("revoke")} <span className="sr-only">{email}</span>
      </ConfirmButton>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {message(state.message)}
        </p>
      ) : null}
    </form>
  );
}

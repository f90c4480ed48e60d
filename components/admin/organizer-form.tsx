"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { FormAlert } from "@/components/ui/form-alert";
import { buttonLooks, SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmButton } from "./confirm-button";
import { FormField } from "./form-field";

/**
 * Grants organizer rights to an existing user by email; a refusal (no account, not confirmed,
 * already an organizer) sits beside the field. `canGrantUnverified`: a platform admin, who may
 * grant to an address not yet confirmed.
 */
export function GrantOrganizerForm({
  conference,
  grant,
  canGrantUnverified,
}: {
  conference: string;
  grant: Action;
  canGrantUnverified: boolean;
}) {
  const t = useTranslations("organizers");
  const form = useActionForm(grant);
  return (
    <form action={form.action} className="flex flex-wrap items-start gap-3" noValidate>
      <input type="hidden" name="$conference" value={conference} />
      <div className="min-w-64 flex-1">
        <FormField
          label={t("email")}
          {...form.field("email")}
          type="email"
          autoComplete="off"
          hint={t("emailHint")}
          required
        />
        {canGrantUnverified ? (
          <label className="mt-2 flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="grantUnverified"
              className="mt-1"
              key={form.value("grantUnverified")}
              defaultChecked={form.value("grantUnverified") === "on"}
            />
            <span>{t("grantUnverified")}</span>
          </label>
        ) : null}
      </div>
      <SubmitButton pending={form.pending} className={`mt-6 ${buttonLooks.primary}`}>
        {t("grant")}
      </SubmitButton>
      <FormAlert message={form.state.fields ? null : form.message} className="w-full" />
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
  revoke: Action;
}) {
  const t = useTranslations("organizers");
  const form = useActionForm(revoke);
  return (
    <form action={form.action}>
      <input type="hidden" name="$conference" value={conference} />
      <input type="hidden" name="$user" value={userId} />
      <ConfirmButton
        confirm={t("confirmRevoke", { email })}
        disabled={form.pending}
        className="rounded-md border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {t("revoke")} <span className="sr-only">{email}</span>
      </ConfirmButton>
      <FormAlert message={form.message} className="mt-1" />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { buttonLooks, SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { Link } from "@/i18n/navigation";
import type { Action } from "@/lib/admin/action-result";

/** The button that uses a confirmation link, then says how it went. */
export function ConfirmEmailForm({ token, action }: { token: string; action: Action }) {
  const t = useTranslations("verifyEmail");
  const form = useActionForm(action);
  if (form.state.status === "saved") {
    return (
      <div role="status" className="mt-6 rounded-lg border border-green-200 bg-green-50 p-4">
        <p className="font-medium text-green-900">{t("confirmed")}</p>
        <Link href="/me" className="mt-3 inline-block text-brand-700 underline">
          {t("toMe")}
        </Link>
      </div>
    );
  }
  return (
    <form action={form.action} className="mt-6">
      <input type="hidden" name="$token" value={token} />
      {form.message ? (
        <p role="alert" className="mb-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {form.message}
        </p>
      ) : null}
      <SubmitButton pending={form.pending} pendingLabel={t("confirming")} className={buttonLooks.page}>
        {t("confirm")}
      </SubmitButton>
    </form>
  );
}

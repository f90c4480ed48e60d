"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { useActionForm } from "./use-action-form";

/** The delete button of a workspace form: asks first, and says under it why a delete was refused (what still uses the row). */
export function DeleteForm({
  action,
  hidden,
  confirm,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  confirm: string;
}) {
  const tl = useTranslations("adminList");
  const form = useActionForm(action);
  return (
    <form action={form.action} className="border-t border-slate-200 pt-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton
        confirm={confirm}
        className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {tl("delete")}
      </ConfirmButton>
      {form.message ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {form.message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { Action } from "@/lib/admin/action-result";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { FormAlert } from "./form-alert";
import { useActionForm } from "./use-action-form";

interface DeleteProps {
  hidden: Record<string, string | number | undefined>;
  confirm: string;
}

/** The delete button of a workspace form: asks first, and says under it why a delete was refused (what still uses the row). */
export function DeleteForm({ action, ...props }: DeleteProps & { action: Action }) {
  return <DeleteFormOf form={useActionForm(action)} {...props} />;
}

/** The same for a form whose owner reads the delete's outcome too (a session's, refused when stale). */
export function DeleteFormOf({
  form,
  hidden,
  confirm,
}: DeleteProps & { form: Pick<ReturnType<typeof useActionForm>, "action" | "message"> }) {
  const tl = useTranslations("adminList");
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
      <FormAlert message={form.message} className="mt-2" />
    </form>
  );
}

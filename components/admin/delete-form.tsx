"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/admin/form-result";
import { ConfirmButton } from "./confirm-button";

/**
 * The delete button of a workspace form: asks first, and shows the refusal
 * (for instance what still uses the row) right under it.
 */
export function DeleteForm({
  action,
  hidden,
  confirm,
  describe,
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  confirm: string;
  describe: (message: string | undefined) => string | undefined;
}) {
  const tl = useTranslations("adminList");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="border-t border-slate-200 pt-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton
        confirm={confirm}
        className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        {tl("delete")}
      </ConfirmButton>
      {state.status === "error" ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {describe(state.message)}
        </p>
      ) : null}
    </form>
  );
}

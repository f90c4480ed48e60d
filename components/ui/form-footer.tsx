"use client";

import { useTranslations } from "next-intl";

/** The end of every workspace form: the save button, and the refusal beside it in the viewer's words. */
export function FormFooter({
  pending,
  message,
  label,
  className = "",
}: {
  pending: boolean;
  message?: string;
  label?: string;
  className?: string;
}) {
  const tl = useTranslations("adminList");
  return (
    <div className={`flex flex-wrap items-end gap-3 ${className}`}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {label ?? tl("save")}
      </button>
      {message ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}

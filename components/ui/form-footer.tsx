"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

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
      <SubmitButton pending={pending}>{label ?? tl("save")}</SubmitButton>
      <FormAlert message={message} />
    </div>
  );
}

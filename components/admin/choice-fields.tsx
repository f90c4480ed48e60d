import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { fieldControl, fieldControlClass, FormField } from "./form-field";
import { SelectOptions } from "@/components/ui/select-options";

const control = `${fieldControlClass} disabled:bg-slate-100 disabled:text-slate-600`;

/** A labelled multi-line field (abstracts, biographies) with its error beside it. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  ...textarea
}: { label: string; name: string; error?: string; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FormField label={label} name={name} error={error} hint={hint}>
      <textarea {...fieldControl(name, error, hint)} name={name} rows={5} className={control} {...textarea} />
    </FormField>
  );
}

/** A labelled select from a closed list, with its error beside it. */
export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  ...select
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField label={label} name={name} error={error} hint={hint}>
      <select {...fieldControl(name, error, hint)} name={name} className={control} {...select}>
        <SelectOptions options={options} />
      </select>
    </FormField>
  );
}

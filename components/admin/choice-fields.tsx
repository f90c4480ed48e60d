import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FormField } from "./form-field";

const control =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600 disabled:bg-slate-100 disabled:text-slate-600";
const describedBy = (name: string, error?: string, hint?: string) =>
  [error ? `field-${name}-error` : null, hint ? `field-${name}-hint` : null].filter(Boolean).join(" ") || undefined;

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
      <textarea
        id={`field-${name}`}
        name={name}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={control}
        {...textarea}
      />
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
      <select
        id={`field-${name}`}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={control}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

import type { InputHTMLAttributes, ReactNode } from "react";

/** What a field's control says about itself: its id, and which of its notes (error, hint) describe it. */
export function fieldControl(name: string, error?: string, hint?: string) {
  const id = `field-${name}`;
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby":
      [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined,
  };
}

/** The classes of a field's control (input, textarea, select): the border turns red with its error. */
export const fieldControlClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600";

/** A labelled field with its error beside it; the input keeps what the user typed (`defaultValue`). */
export function FormField({
  label,
  name,
  error,
  hint,
  children,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const control = fieldControl(name, error, hint);
  const id = control.id;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ?? <input {...control} name={name} className={fieldControlClass} {...input} />}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

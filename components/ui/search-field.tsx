import type { InputHTMLAttributes } from "react";

/** A search box named by a label only screen readers show: to the eye, the placeholder and the form say what it searches. */
export function SearchField({
  id,
  label,
  ...input
}: { id: string; label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} type="search" {...input} />
    </>
  );
}

/** A public page's search: a plain GET form, so it works without JavaScript and its result is a link. */
export function SearchForm({
  action,
  formClassName,
  formLabel,
  submit,
  ...field
}: Parameters<typeof SearchField>[0] & {
  action: string;
  formClassName: string;
  formLabel?: string;
  submit: string;
}) {
  return (
    <form action={action} method="get" role="search" aria-label={formLabel} className={formClassName}>
      <SearchField {...field} />
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        {submit}
      </button>
    </form>
  );
}

import type { ButtonHTMLAttributes, ReactNode } from "react";

/** The two filled buttons: the workspace's (and /me's), and the larger one of the sign-in and invitation pages. */
export const buttonLooks = {
  primary: "rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60",
  page: "rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70",
} as const;

/**
 * A form's submit button, disabled while its action runs so a double click posts once, and saying
 * what is happening meanwhile when the form has a word for it (`pendingLabel`).
 */
export function SubmitButton({
  pending,
  pendingLabel,
  disabled,
  className = buttonLooks.primary,
  children,
  ...button
}: {
  pending: boolean;
  pendingLabel?: ReactNode;
  children: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type">) {
  return (
    <button type="submit" disabled={pending || disabled} className={className} {...button}>
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

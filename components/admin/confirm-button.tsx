"use client";

import type { ButtonHTMLAttributes } from "react";

/** A submit button that asks first: for deleting and other actions that cannot be undone. */
export function ConfirmButton({
  confirm,
  children,
  ...button
}: { confirm: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      {...button}
      onClick={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
    >
      {children}
    </button>
  );
}

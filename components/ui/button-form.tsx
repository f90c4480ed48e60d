import type { ComponentProps } from "react";
import { SubmitButton } from "./submit-button";

/** A form that is one button (resend, revoke, redeliver, pause): what it acts on goes in hidden `fields`. */
export function ButtonForm({
  action,
  fields,
  onSubmit,
  ...button
}: {
  action: (formData: FormData) => void;
  fields: Record<string, string | number>;
  onSubmit?: () => void;
} & ComponentProps<typeof SubmitButton>) {
  return (
    <form action={action} onSubmit={onSubmit}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton {...button} />
    </form>
  );
}

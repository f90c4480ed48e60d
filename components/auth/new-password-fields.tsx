import { FormField } from "@/components/admin/form-field";

/**
 * A new password, then the same again, each with its problem beside it: setting one on an invitation
 * and changing one on /me ask alike, so the browser's password manager sees the same fields.
 */
export function NewPasswordFields({
  names,
  labels,
  hint,
  minLength,
  error,
}: {
  /** The password's field, then its confirmation's. */
  names: [string, string];
  labels: [string, string];
  hint: string;
  minLength: number;
  error: (field: string) => string | undefined;
}) {
  const field = (i: 0 | 1) => ({
    label: labels[i],
    name: names[i],
    type: "password",
    autoComplete: "new-password",
    required: true,
    error: error(names[i]),
  });
  return (
    <>
      <FormField {...field(0)} minLength={minLength} hint={hint} />
      <FormField {...field(1)} />
    </>
  );
}

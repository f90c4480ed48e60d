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
  return (
    <>
      <FormField
        label={labels[0]}
        name={names[0]}
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={hint}
        error={error(names[0])}
      />
      <FormField
        label={labels[1]}
        name={names[1]}
        type="password"
        autoComplete="new-password"
        required
        error={error(names[1])}
      />
    </>
  );
}

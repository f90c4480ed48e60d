import type { z } from "zod";

/** What a workspace form action returns: field errors beside the fields, a message, and what was typed. */
export interface FormState {
  status: "idle" | "saved" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/** The first error of each field of a failed zod parse. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The text fields of a form, to give back after an error so nothing typed is lost. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** A workspace form's server action, as `useActionState` calls it. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

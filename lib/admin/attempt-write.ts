import { ForbiddenError } from "@/lib/auth/permissions";
import type { FormState } from "./form-result";

type Refusal = { ok: false; reason: string; message?: string; fieldErrors?: Record<string, string> };

/**
 * Runs a data function for a form action. The data function checks the right
 * itself; a refusal or a ForbiddenError becomes the form's error state, with
 * what was typed.
 */
export function attemptWrite<T>(
  write: () => { ok: true; value: T } | Refusal,
  values?: Record<string, string>,
): { ok: true; value: T } | { ok: false; state: FormState } {
  try {
    const result = write();
    if (result.ok) return result;
    const message = result.reason === "invalid" && result.message ? result.message : result.reason;
    return { ok: false, state: { status: "error", message, fieldErrors: result.fieldErrors, values } };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, state: { status: "error", message: "forbidden", values } };
    throw error;
  }
}

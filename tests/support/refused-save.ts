import { vi } from "vitest";
import { typedValues, type ActionResult } from "@/lib/admin/action-result";

/**
 * A form's save that refuses as the app's actions do when fields are wrong (app/form-action.ts):
 * "checkFields", each field's problem, and what was posted given back by the app's own typedValues.
 */
export const refusingSave = <Data = undefined>(fields: NonNullable<ActionResult<Data>["fields"]>) =>
  vi.fn(async (_s: ActionResult<Data>, form: FormData): Promise<ActionResult<Data>> => ({
    status: "error",
    problem: { code: "checkFields" },
    fields,
    values: typedValues(form),
  }));

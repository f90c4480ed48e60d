import type { FormState } from "@/lib/admin/form-result";
import type { ImportSummary } from "@/db/interop/import-schedule";

/** What the import form gets back: the preview or the result of an import. */
export interface ImportFormState extends FormState {
  summary?: ImportSummary;
  fileName?: string;
  events?: number;
}

/** Uploads above this are refused before reading (the server action body limit is 6 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

import type { FormState } from "@/lib/admin/form-result";
import type { ImportSummary } from "@/db/interop/import-schedule";

/** Refusals the upload page words in the viewer's language (the parsers' own messages name a place in the file). */
export type ImportRefusal =
  | { key: "noFile" }
  | { key: "tooLarge"; size: string }
  | { key: "unsupported" }
  | { key: "notUtf8Csv" }
  | { key: "cellTooLong"; line: number; max: number }
  | { key: "badTimeZone" };

/** What the import form gets back: the preview or the result of an import. */
export interface ImportFormState extends FormState {
  summary?: ImportSummary;
  fileName?: string;
  events?: number;
  refusal?: ImportRefusal;
  /** The file gives times without a zone: they were read in this one, and the form offers a picker. */
  timeZone?: string;
}

/** Uploads above this are refused before reading (the server action body limit is 6 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

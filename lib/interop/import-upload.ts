import type { ImportRefusal } from "./import-report";
import type { ImportSummary } from "./import-summary";

// What the upload page and its action agree on: the largest file, and what an upload
// comes to — a summary of what the import did (or would do), or the file refused.

/** Uploads above this are refused before reading (the server action body limit is 6 MB). */
export const MAX_IMPORT_MB = 5;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

export type ImportOutcome =
  | {
      fileName: string;
      summary: ImportSummary;
      /** Events the file holds. */
      events: number;
      /** The file gives times without a zone: they were read in this one, and the form offers a picker. */
      timeZone?: string;
    }
  | { fileName: string; refusal: ImportRefusal };

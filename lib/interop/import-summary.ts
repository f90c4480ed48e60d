import type { ImportNote } from "./import-report";

// What an import did, or in a dry run would do: counts by kind, and the notes of
// reading, mapping and applying the file — the shape the command line and the upload page show.

export const importKinds = ["rooms", "tracks", "forums", "speakers", "sessions"] as const;
export type ImportKind = (typeof importKinds)[number];
export type ImportCounts = Record<ImportKind, number>;

export const noCounts = (): ImportCounts => ({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });

/** Counts one thing an import found again: updated when it changed it, else unchanged. */
export function countFound(summary: Pick<ImportSummary, "updated" | "unchanged">, kind: ImportKind, changed: boolean) {
  summary[changed ? "updated" : "unchanged"][kind] += 1;
}

export interface ImportSummary {
  conference: { slug: string; created: boolean };
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  /** Content the import did not use, by kind, with where each first occurred. */
  ignored: ImportNote[];
  /** Choices made for the user while reading (a zone assumed, a duplicate split, an instant kept). */
  decisions: ImportNote[];
  /** Choices made while writing it into the conference (UTC for want of a zone, guids of its own). */
  notes: ImportNote[];
  /** The release published with the import (`--publish`), if any. */
  release: string | null;
  dryRun: boolean;
  durationMs: number;
}

import type { Conn } from "../connection";

type ImportTx = Parameters<Parameters<Conn["transaction"]>[0]>[0];

class DryRun extends Error {}

/**
 * Writes an import as one transaction, begun IMMEDIATE since it reads before it writes and another
 * process may write in between; a dry run makes every write and counts it, then rolls it all back.
 */
export function writeImport(db: Conn, dryRun: boolean | undefined, write: (tx: ImportTx) => void): void {
  try {
    db.transaction(
      (tx) => {
        write(tx);
        if (dryRun) throw new DryRun();
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
}

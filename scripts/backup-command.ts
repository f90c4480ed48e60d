import { BackupError } from "@/db/backup";
import { readArguments } from "./command-line";

// What db:backup and db:restore share: one file and --force, and a refusal said in one line.

/** FILE [--force]: exactly one file, or the usage and exit 1. */
export function readBackupArguments(usage: string): { file: string; force: boolean } {
  const parsed = readArguments({ force: { type: "boolean", default: false } }, usage);
  if (parsed.positionals.length !== 1) {
    console.error(`Name one backup file.\n${usage}`);
    process.exit(1);
  }
  return { file: parsed.positionals[0]!, force: parsed.values.force };
}

/** Runs the command; a BackupError (a refusal the user can act on) prints its message and exits 1, anything else throws. */
export async function runBackupCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

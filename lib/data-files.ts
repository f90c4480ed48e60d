import fs from "node:fs";
import path from "node:path";

// Where Podium keeps its files and with which modes. Apart from db/connection.ts so that
// code needing only the database file's location (the uploads folder beside it, the
// runtime set-up) loads neither the SQLite driver nor the schema.

export const DEFAULT_DATABASE_PATH = "data/podium.db";

/** The database file named by DATABASE_URL (a path, `file:` prefix allowed), else data/podium.db. */
export function databasePath(env: { DATABASE_URL?: string } = { DATABASE_URL: process.env.DATABASE_URL }): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_PATH;
  return path.resolve(url.startsWith("file:") ? url.slice("file:".length) : url);
}

// The database, the sign-in secret and uploads hold password hashes, tokens and people's
// pictures: what Podium creates for them only its owner may read. Existing folders and
// files (a folder the operator chose, say) keep the modes they were given.
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates a folder and its missing parents, owner-only. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

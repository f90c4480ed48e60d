import path from "node:path";

// Apart from db/connection.ts so that code needing only the file's location
// (the uploads folder beside it) does not load the SQLite driver and the schema.

export const DEFAULT_DATABASE_PATH = "data/podium.db";

/** The database file named by DATABASE_URL (a path, `file:` prefix allowed), else data/podium.db. */
export function databasePath(env: { DATABASE_URL?: string } = { DATABASE_URL: process.env.DATABASE_URL }): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_PATH;
  return path.resolve(url.startsWith("file:") ? url.slice("file:".length) : url);
}

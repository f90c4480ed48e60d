import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./connection";
import { backfillSearchIndex } from "./search/index-release";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../drizzle");

/**
 * Applies the committed migrations in drizzle/ that the database has not seen
 * yet, then indexes for search the releases published before search existed.
 */
export async function migrateDatabase(db: Db): Promise<void> {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  backfillSearchIndex(db);
}

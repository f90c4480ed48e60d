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
  // A migration that rebuilds a table drops the old one; with foreign keys on, that drop
  // would cascade into the rows that point at it. SQLite ignores this pragma inside a
  // transaction, and drizzle runs all migrations in one, so it is switched here.
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = db.$client.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0)
      throw new Error(
        `migrating left ${broken.length} rows pointing at nothing: ${JSON.stringify(broken.slice(0, 5))}`,
      );
  } finally {
    db.$client.pragma("foreign_keys = ON");
  }
  backfillSearchIndex(db);
}

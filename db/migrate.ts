import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./connection";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../drizzle");

/** Applies the committed migrations in drizzle/ that the database has not seen yet. */
export async function migrateDatabase(db: Db): Promise<void> {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

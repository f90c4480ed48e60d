import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export { databasePath, DEFAULT_DATABASE_PATH } from "./database-path";

/**
 * Opens (creating folder and file if needed) a SQLite database with the
 * pragmas Podium relies on. The SQLite-specific settings live here and
 * nowhere else.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  client.pragma("synchronous = NORMAL");
  return drizzle({ client, schema, casing: "snake_case" }) as Db;
}

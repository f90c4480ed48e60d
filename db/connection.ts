import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A connection or a transaction: what queries and helpers that run inside a write take, so no cast is needed. */
export type Conn = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;
/** The transaction a write runs in. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

import { makePrivateDir, PRIVATE_FILE_MODE } from "@/lib/data-files";

export { databasePath, DEFAULT_DATABASE_PATH } from "@/lib/data-files";

/**
 * Opens (creating folder and file if needed) a SQLite database with the
 * pragmas Podium relies on. The SQLite-specific settings live here and
 * nowhere else.
 */
export function openDatabase(file: string): Db {
  makePrivateDir(path.dirname(file));
  // Created owner-only before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
  fs.closeSync(fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, PRIVATE_FILE_MODE));
  const client = new Database(file, queryCounting("app"));
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  client.pragma("synchronous = NORMAL");
  return drizzle({ client, schema, casing: "snake_case" }) as Db;
}

// `npm run bench` counts the statements a request costs (PODIUM_COUNT_QUERIES=1) with the
// driver's logger; the count sits behind a global symbol because Next.js bundles this module
// apart from the server's own copy, and both must add to one figure.
const counts = Symbol.for("podium.query-counts");
type WithCounts = typeof globalThis & { [counts]?: Record<string, number> };

/** The driver option that counts every statement run on a connection, under `connection`; none unless asked. */
export function queryCounting(connection: string): Database.Options {
  if (process.env.PODIUM_COUNT_QUERIES !== "1") return {};
  const all = ((globalThis as WithCounts)[counts] ??= {});
  all[connection] ??= 0;
  return {
    verbose: () => {
      all[connection] = (all[connection] ?? 0) + 1;
    },
  };
}

/** Statements run so far in this process, by connection name. */
export function countedQueries(): Record<string, number> {
  return { ...(globalThis as WithCounts)[counts] };
}

import "server-only";
import { databasePath, openDatabase, type Db } from "./connection";

export type { Db } from "./connection";

// One connection per process; kept on globalThis so dev-server reloads reuse it.
const holder = globalThis as typeof globalThis & { __podiumDb?: Db };

export function getDb(): Db {
  holder.__podiumDb ??= openDatabase(databasePath());
  return holder.__podiumDb;
}

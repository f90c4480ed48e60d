import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

/**
 * Migrates `db` as an older Podium left it: every migration before the one whose tag ends
 * with `tagSuffix`, copied into `dir` with a journal that stops there.
 */
export function migrateBefore(db: Db, dir: string, tagSuffix: string): void {
  const count = journal.entries.findIndex((e) => e.tag.endsWith(tagSuffix));
  if (count < 0) throw new Error(`No migration ends with ${tagSuffix}`);
  const folder = path.join(dir, "old-migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  for (const entry of journal.entries.slice(0, count))
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  fs.writeFileSync(
    path.join(folder, "meta/_journal.json"),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  migrate(db, { migrationsFolder: folder });
}

/**
 * A describe's own database as an older Podium left it: migrated up to the migration ending with
 * `tagSuffix`, filled by `fill` with what that version held, then migrated to now. Closed and removed
 * after the describe's tests; `rows` reads it by plain SQL.
 */
export function migratedFrom(tagSuffix: string, fill: (db: Db) => void) {
  let dir = "";
  let opened: Db | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-migration-"));
    const db = openDatabase(path.join(dir, "old.db"));
    migrateBefore(db, dir, tagSuffix);
    fill(db);
    await migrateDatabase(db);
    opened = db;
  });
  afterAll(() => {
    opened?.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const old = {
    get db(): Db {
      if (!opened) throw new Error("the old database is opened before the tests run");
      return opened;
    },
    rows: (query: string) => old.db.$client.prepare(query).all() as Array<Record<string, unknown>>,
  };
  return old;
}

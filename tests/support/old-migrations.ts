import fs from "node:fs";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "@/db/connection";
import { MIGRATIONS_FOLDER } from "@/db/migrate";

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

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../connection";
import { migrateDatabase } from "../migrate";

export interface ScratchDatabase {
  db: Db;
  file: string;
  /** Closes the database and deletes its folder. */
  dispose: () => void;
}

/** A fresh, migrated database `<name>.db` in a temporary folder of its own, for benchmarks and tests. */
export async function openScratchDatabase(name = "bench"): Promise<ScratchDatabase> {
  const scratch = openIn(fs.mkdtempSync(path.join(os.tmpdir(), `podium-${name}-`)), name);
  await migrateDatabase(scratch.db);
  return scratch;
}

/** A copy of a database (better-sqlite3's online backup), so a benchmark may write without touching the original. */
export async function copyToScratch(db: Db): Promise<ScratchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-bench-"));
  await db.$client.backup(path.join(dir, "bench.db"));
  return openIn(dir, "bench");
}

function openIn(dir: string, name: string): ScratchDatabase {
  const file = path.join(dir, `${name}.db`);
  const db = openDatabase(file);
  return {
    db,
    file,
    dispose: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

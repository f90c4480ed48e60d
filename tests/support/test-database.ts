import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";

/** A fresh, migrated database file of its own for one test file. */
export async function createTestDatabase(): Promise<{ db: Db; file: string; dispose: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  await migrateDatabase(db);
  return {
    db,
    file,
    dispose: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { openDatabase, type Db } from "@/db/connection";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

let source: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;

/** Every table (FTS shadow tables and sqlite_sequence included), every row, in a stable order. */
function dump(file: string): Record<string, unknown[]> {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = client.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
      name: string;
    }[];
    // Sorted here: FTS shadow tables are WITHOUT ROWID, so no one ORDER BY fits all.
    const rows = (name: string) =>
      (client.prepare(`select * from "${name}"`).all() as object[]).sort((a, b) =>
        JSON.stringify(a).localeCompare(JSON.stringify(b)),
      );
    return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
  } finally {
    client.close();
  }
}

function integrity(file: string): string {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (client.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    client.close();
  }
}

function writeProbe(db: Db, n: number): number {
  const row = db.$client
    .prepare(
      "insert into audit_log (action, entity_type, entity_id, details) values ('backup.probe', 'probe', ?, ?) returning id",
    )
    .get(String(n), JSON.stringify({ padding: "x".repeat(1500) })) as { id: number };
  return row.id;
}

const scratch = (name: string) => path.join(dir, name);

beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemo(source.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-backup-"));
});
afterAll(() => {
  source.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backing up a live database", () => {
  it("copies a consistent snapshot while another connection keeps writing, with every row committed before it began", async () => {
    const writer = openDatabase(source.file);
    try {
      for (let n = 0; n < 200; n++) writeProbe(writer, n);
      const committedBefore = dump(source.file);
      const lastBefore = Math.max(...committedBefore.audit_log!.map((r) => (r as { id: number }).id));

      // The server's writes, in this process: one between every step of the copy.
      let writing = true;
      let writtenDuring = 0;
      const writes = new Promise<void>((resolve) => {
        const tick = () => {
          if (!writing) return resolve();
          writeProbe(writer, 1000 + writtenDuring++);
          setImmediate(tick);
        };
        setImmediate(tick);
      });
      const report = await backupDatabase(source.file, scratch("live.db"), { pagesPerStep: 8 });
      writing = false;
      await writes;

      expect(writtenDuring).toBeGreaterThan(0);
      expect(report.restarts).toBeGreaterThan(0);
      expect(integrity(report.file)).toBe("ok");
      expect(report.bytes).toBe(fs.statSync(report.file).size);
      expect(report.counts).toMatchObject({ conferences: 1, releases: 1 });
      expect(fs.existsSync(`${report.file}-wal`)).toBe(false);

      const copy = dump(report.file);
      for (const [table, rows] of Object.entries(committedBefore)) {
        if (table === "audit_log" || table === "sqlite_sequence") continue;
        expect(copy[table], table).toEqual(rows);
      }
      const ids = (rows: unknown[]) => rows.map((r) => (r as { id: number }).id).sort((a, b) => a - b);
      const copied = ids(copy.audit_log!);
      expect(copied.filter((id) => id <= lastBefore)).toEqual(ids(committedBefore.audit_log!));
      // A snapshot, not a mixture: the rows written during the copy are a prefix, without holes.
      expect(copied).toEqual(Array.from({ length: copied.length }, (_, i) => copied[0]! + i));
    } finally {
      writer.$client.close();
    }
  });

  it("refuses to replace an existing file unless forced", async () => {
    const file = scratch("kept.db");
    fs.writeFileSync(file, "precious");
    await expect(backupDatabase(source.file, file)).rejects.toThrow(
      `${file} already exists; pass --force to replace it.`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe("precious");
    const report = await backupDatabase(source.file, file, { force: true });
    expect(integrity(report.file)).toBe("ok");
  });

  it("says so when there is no database to back up", async () => {
    await expect(backupDatabase(scratch("missing.db"), scratch("out.db"))).rejects.toThrow(
      /^There is no database at .*missing\.db\.$/,
    );
  });
});

describe("restoring a backup", () => {
  it("into a fresh path gives back every table, row for row, as the source was at backup time", async () => {
    const atBackup = dump(source.file);
    const backup = await backupDatabase(source.file, scratch("quiet.db"));
    const target = scratch("fresh/nested/podium.db");
    const report = await restoreDatabase(backup.file, target);
    expect(report).toMatchObject({ file: target, migrated: [], replacedWhileInUse: false, counts: backup.counts });
    expect(fs.readdirSync(path.dirname(target))).toEqual(["podium.db"]);
    const restored = dump(target);
    expect(Object.keys(restored)).toEqual(Object.keys(atBackup));
    for (const [table, rows] of Object.entries(atBackup)) {
      expect(restored[table]!.length, `${table} rows`).toBe(rows.length);
      expect(restored[table], table).toEqual(rows);
    }
    expect(integrity(target)).toBe("ok");
  });

  it("refuses a file that is not a Podium database, one that is not SQLite at all, and one that is not there", async () => {
    const plain = scratch("notes.db");
    const client = new Database(plain);
    client.exec("create table notes (body text)");
    client.close();
    const target = scratch("never/podium.db");
    await expect(restoreDatabase(plain, target)).rejects.toThrow(
      `The backup ${plain} is not a Podium database: it has no __drizzle_migrations table.`,
    );

    const text = scratch("notes.txt");
    fs.writeFileSync(text, "conference notes\n".repeat(400));
    await expect(restoreDatabase(text, target)).rejects.toThrow(`The backup ${text} is not a SQLite database.`);
    await expect(restoreDatabase(scratch("absent.db"), target)).rejects.toThrow(
      /^There is no backup at .*absent\.db\.$/,
    );
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it("refuses a damaged backup and leaves the database as it was", async () => {
    const backup = await backupDatabase(source.file, scratch("whole.db"));
    const damaged = scratch("truncated.db");
    fs.copyFileSync(backup.file, damaged);
    fs.truncateSync(damaged, Math.floor(backup.bytes / 2));
    const target = scratch("existing.db");
    await restoreDatabase(backup.file, target);
    const before = dump(target);
    await expect(restoreDatabase(damaged, target)).rejects.toThrow(
      new RegExp(`^The backup ${damaged.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is damaged: `),
    );
    expect(dump(target)).toEqual(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to replace a database a server has open, unless forced", async () => {
    const backup = await backupDatabase(source.file, scratch("for-live.db"));
    const target = scratch("served.db");
    await restoreDatabase(backup.file, target);
    const server = openDatabase(target);
    try {
      server.$client.prepare("select count(*) from conferences").get();
      await expect(restoreDatabase(backup.file, target)).rejects.toThrow(
        /is in use \(a Podium server seems to have it open\)\. Stop the server .* or pass --force/,
      );
      const forced = await restoreDatabase(backup.file, target, { force: true });
      expect(forced.replacedWhileInUse).toBe(true);
    } finally {
      server.$client.close();
    }
    expect(integrity(target)).toBe("ok");
  });

  it("brings a backup made before later migrations up to date", async () => {
    // A database as the first release of Podium left it: only the first migration.
    const oldFolder = scratch("old-migrations");
    fs.mkdirSync(path.join(oldFolder, "meta"), { recursive: true });
    const first = journal.entries[0]!;
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${first.tag}.sql`), path.join(oldFolder, `${first.tag}.sql`));
    fs.writeFileSync(path.join(oldFolder, "meta/_journal.json"), JSON.stringify({ ...journal, entries: [first] }));
    const oldFile = scratch("old.db");
    const old = openDatabase(oldFile);
    migrate(old, { migrationsFolder: oldFolder });
    old.$client
      .prepare(
        "insert into conferences (slug, name, time_zone, start_date, end_date) values ('old-conf', 'Old', 'UTC', '2020-01-01', '2020-01-02')",
      )
      .run();
    old.$client.close();

    const backup = await backupDatabase(oldFile, scratch("old-backup.db"));
    const target = scratch("upgraded.db");
    const report = await restoreDatabase(backup.file, target);
    expect(report.migrated).toEqual(journal.entries.slice(1).map((e) => e.tag));
    const restored = dump(target);
    expect(restored.__drizzle_migrations).toHaveLength(journal.entries.length);
    expect(restored.conferences).toMatchObject([{ slug: "old-conf" }]);
    expect(Object.keys(restored)).toEqual(expect.arrayContaining(["sign_in_attempts", "search_documents"]));
    // Up to date now: a second restore of the restored file migrates nothing.
    const again = await restoreDatabase(target, scratch("again.db"));
    expect(again.migrated).toEqual([]);
  });
});

describe("npm run db:backup / db:restore", () => {
  interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
  }
  function run(script: "db-backup" | "db-restore", args: string[], databaseFile: string): Promise<Run> {
    const env = { ...process.env, DATABASE_URL: databaseFile };
    return new Promise((resolve) => {
      execFile(
        path.join(repoRoot, "node_modules/.bin/tsx"),
        [`scripts/${script}.ts`, ...args],
        { cwd: repoRoot, env },
        (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
        },
      );
    });
  }

  it("back up, refuse to overwrite, restore, and refuse a file that is not Podium's, with exit codes to match", async () => {
    const file = scratch("cli.db");
    const backedUp = await run("db-backup", [file], source.file);
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toContain(`Backed up ${source.file} to ${file}`);
    // The size in a unit that fits it: the demo's database is near 1 MB, so KB or MB.
    expect(backedUp.stdout).toMatch(/^ {2}size {7}\d+\.\d (KB|MB)$/m);
    expect(backedUp.stdout).toMatch(/^ {2}integrity {2}ok$/m);
    expect(backedUp.stdout).toMatch(
      /^ {2}rows {7}conferences 1, forums \d+, sessions \d+, speakers \d+, releases 1, users \d+$/m,
    );

    const again = await run("db-backup", [file], source.file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists; pass --force to replace it.`);
    expect((await run("db-backup", [file, "--force"], source.file)).code).toBe(0);

    const target = scratch("cli-restored/podium.db");
    const restored = await run("db-restore", [file], target);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`Restored ${file} into ${target}`);
    expect(restored.stdout).toMatch(/^ {2}migrations none needed$/m);

    const text = scratch("cli.txt");
    fs.writeFileSync(text, "not a database");
    const refused = await run("db-restore", [text], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`The backup ${text} is not a SQLite database.`);

    const usage = await run("db-restore", [], target);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain("Usage: npm run db:restore -- FILE [--force]");
  }, 60_000);
});

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "./connection";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

/** A refusal or a failure, worded for the person at the terminal. */
export class BackupError extends Error {
  override name = "BackupError";
}

export type RowCounts = Record<string, number>;

export interface BackupReport {
  file: string;
  bytes: number;
  counts: RowCounts;
  /** How often a write by another connection made SQLite start the copy again. */
  restarts: number;
}

export interface RestoreReport {
  file: string;
  counts: RowCounts;
  /** Tags of the migrations run after the copy: an older backup comes up to date. */
  migrated: string[];
  /** Whether the database was open elsewhere and replaced anyway (--force). */
  replacedWhileInUse: boolean;
}

const COUNTED_TABLES = ["conferences", "forums", "sessions", "speakers", "releases", "users"];
const SIDE_FILES = ["-wal", "-shm", "-journal"];

interface JournalEntry {
  tag: string;
  when: number;
}

function migrationJournal(): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/**
 * The tables the first migration creates, each with the names later migrations renamed it to
 * (forum_hosts became forum_organizations): every Podium database, however old, has each under one of them.
 */
function requiredTables(journal: JournalEntry[]): string[][] {
  const migration = (tag: string) => fs.readFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), "utf8");
  const names = [...migration(journal[0]!.tag).matchAll(/CREATE TABLE `([^`]+)`/g)].map((m) => [m[1]!]);
  for (const entry of journal)
    for (const [, from, to] of migration(entry.tag).matchAll(/ALTER TABLE `([^`]+)` RENAME TO `([^`]+)`/g))
      names.find((n) => n.at(-1) === from)?.push(to!);
  return names;
}

function tableNames(client: Database.Database): Set<string> {
  return new Set(
    (client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
}

function countRows(client: Database.Database): RowCounts {
  const present = tableNames(client);
  const counted = COUNTED_TABLES.filter((t) => present.has(t));
  return Object.fromEntries(
    counted.map((t) => [t, (client.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]),
  );
}

function appliedMigrations(client: Database.Database): number[] {
  if (!tableNames(client).has("__drizzle_migrations")) return [];
  return (
    client.prepare("select created_at as at from __drizzle_migrations order by created_at").all() as { at: number }[]
  ).map((r) => Number(r.at));
}

function isSqliteError(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && codes.some((c) => code === c || code.startsWith(`${c}_`));
}

/**
 * Opens a copy and proves it sound: a SQLite file that passes integrity_check,
 * left as one self-contained file (rollback journal, no -wal beside it).
 */
function verifyCopy(file: string, label: string, check?: (client: Database.Database) => void): RowCounts {
  let client: Database.Database | undefined;
  try {
    client = new Database(file, { fileMustExist: true });
    const problems = (client.pragma("integrity_check(5)") as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.join() !== "ok")
      throw new BackupError(`${label} is damaged: integrity_check reports ${problems.join("; ")}.`);
    check?.(client);
    client.pragma("journal_mode = DELETE");
    return countRows(client);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (isSqliteError(error, "SQLITE_NOTADB")) throw new BackupError(`${label} is not a SQLite database.`);
    if (isSqliteError(error, "SQLITE_CORRUPT"))
      throw new BackupError(`${label} is damaged: ${(error as Error).message}.`);
    throw error;
  } finally {
    client?.close();
  }
}

function podiumCheck(label: string): (client: Database.Database) => void {
  return (client) => {
    const journal = migrationJournal();
    const present = tableNames(client);
    if (!present.has("__drizzle_migrations"))
      throw new BackupError(`${label} is not a Podium database: it has no __drizzle_migrations table.`);
    const missing = requiredTables(journal)
      .filter((names) => !names.some((t) => present.has(t)))
      .map((names) => names.at(-1)!);
    if (missing.length)
      throw new BackupError(`${label} is not a Podium database: it lacks the tables ${missing.join(", ")}.`);
    const newest = Math.max(0, ...appliedMigrations(client));
    if (newest > journal.at(-1)!.when)
      throw new BackupError(
        `${label} was made by a newer version of Podium (it has migrations this version does not know); upgrade Podium first.`,
      );
  };
}

function fsync(file: string, flags: "r" | "r+" = "r+"): void {
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; some platforms cannot sync a folder, and there it is skipped. */
function fsyncFolder(folder: string): void {
  try {
    fsync(folder, "r");
  } catch {
    // EISDIR/EPERM on platforms without directory fsync
  }
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ["", ...SIDE_FILES]) fs.rmSync(file + suffix, { force: true });
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function temporaryBeside(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${purpose}-${process.pid}.tmp`);
}

/**
 * Copies a live database with SQLite's online backup API into `targetFile`, then
 * checks the copy. Refuses to replace an existing file unless `force`.
 */
export async function backupDatabase(
  sourceFile: string,
  targetFile: string,
  { force = false, pagesPerStep = 1000 } = {},
): Promise<BackupReport> {
  const source = path.resolve(sourceFile);
  const target = path.resolve(targetFile);
  if (source === target) throw new BackupError("The backup cannot be the database itself; name another file.");
  if (!isFile(source)) throw new BackupError(`There is no database at ${source}.`);
  if (fs.existsSync(target) && !force) throw new BackupError(`${target} already exists; pass --force to replace it.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  const temporary = temporaryBeside(target, "backup");
  removeWithSideFiles(temporary);
  let restarts = 0;
  const client = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    // A step holds a read snapshot, which stops the server's checkpoints; so copy in steps.
    // Each write by another connection restarts the copy: grow the step each time, so a
    // busy server cannot starve it (a step as large as the file cannot be interrupted).
    let rate = pagesPerStep;
    let lastRemaining = Infinity;
    await client.backup(temporary, {
      progress: ({ remainingPages }) => {
        if (remainingPages >= lastRemaining) {
          restarts++;
          rate = Math.min(rate * 4, 0x7fffffff);
        }
        lastRemaining = remainingPages;
        return rate;
      },
    });
  } catch (error) {
    removeWithSideFiles(temporary);
    if (isSqliteError(error, "SQLITE_NOTADB", "SQLITE_CORRUPT"))
      throw new BackupError(`${source} cannot be read as a SQLite database: ${(error as Error).message}.`);
    throw error;
  } finally {
    client.close();
  }

  try {
    const counts = verifyCopy(temporary, `The backup of ${source}`);
    fsync(temporary);
    if (fs.existsSync(target) && !force)
      throw new BackupError(`${target} appeared while backing up; pass --force to replace it.`);
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(target));
    return { file: target, bytes: fs.statSync(target).size, counts, restarts };
  } finally {
    removeWithSideFiles(temporary);
  }
}

/**
 * Whether another connection, such as a running server, has the database open. In WAL
 * mode each open connection keeps a shared lock, so exclusive locking mode is refused.
 * A server that has not yet touched the database since it started is not seen.
 */
function inUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true, timeout: 250 });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    // A damaged database in the way is what a restore is for: only a lock means "in use".
    return isSqliteError(error, "SQLITE_BUSY", "SQLITE_LOCKED");
  } finally {
    probe.close();
  }
}

/**
 * Replaces the database at `targetFile` with a backup: checks the backup on a copy
 * beside the target, swaps it in with a rename, then migrates it to this version.
 */
export async function restoreDatabase(
  backupFile: string,
  targetFile: string,
  { force = false } = {},
): Promise<RestoreReport> {
  const backup = path.resolve(backupFile);
  const target = path.resolve(targetFile);
  if (backup === target) throw new BackupError("The backup and the database are the same file.");
  if (!isFile(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  const label = `The backup ${backup}`;
  const temporary = temporaryBeside(target, "restore");
  removeWithSideFiles(temporary);
  let counts: RowCounts;
  let replacedWhileInUse = false;
  try {
    fs.copyFileSync(backup, temporary);
    // A raw copy of a WAL database keeps recent pages in its -wal: bring it along.
    if (fs.existsSync(`${backup}-wal`)) fs.copyFileSync(`${backup}-wal`, `${temporary}-wal`);
    counts = verifyCopy(temporary, label, podiumCheck(label));
    fsync(temporary);

    if (inUse(target)) {
      if (!force)
        throw new BackupError(
          `${target} is in use (a Podium server seems to have it open). Stop the server and run the restore again, or pass --force to replace it anyway (the server must then be restarted).`,
        );
      replacedWhileInUse = true;
    }
    // A -wal or -journal left from the old database would be replayed onto the new one.
    for (const suffix of SIDE_FILES) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(target));
  } finally {
    removeWithSideFiles(temporary);
  }

  const db = openDatabase(target);
  try {
    const before = new Set(appliedMigrations(db.$client));
    await migrateDatabase(db);
    const tags = new Map(migrationJournal().map((e) => [e.when, e.tag]));
    const migrated = appliedMigrations(db.$client)
      .filter((at) => !before.has(at))
      .map((at) => tags.get(at) ?? String(at));
    return { file: target, counts, migrated, replacedWhileInUse };
  } finally {
    db.$client.close();
  }
}

/** `conferences 1, sessions 40, …` */
export function describeCounts(counts: RowCounts): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
}

export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

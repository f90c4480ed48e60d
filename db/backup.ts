import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "./connection";
import {
  appliedMigrations,
  BackupError,
  isSqliteError,
  migrationJournal,
  podiumCheck,
  verifyCopy,
  type RowCounts,
} from "./backup-check";
import { migrateDatabase } from "./migrate";

export { BackupError, type RowCounts } from "./backup-check";

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

const SIDE_FILES = ["-wal", "-shm", "-journal"];

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

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_FOLDER } from "./migrate";

// What a backup and a restore check on a copied file before trusting it: that SQLite can
// read it whole, and (for a restore) that it is a Podium database this version can migrate.

/** A refusal or a failure, worded for the person at the terminal. */
export class BackupError extends Error {
  override name = "BackupError";
}

export type RowCounts = Record<string, number>;

const COUNTED_TABLES = ["conferences", "forums", "sessions", "speakers", "releases", "users"];

interface JournalEntry {
  tag: string;
  when: number;
}

export function migrationJournal(): JournalEntry[] {
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

export function appliedMigrations(client: Database.Database): number[] {
  if (!tableNames(client).has("__drizzle_migrations")) return [];
  return (
    client.prepare("select created_at as at from __drizzle_migrations order by created_at").all() as { at: number }[]
  ).map((r) => Number(r.at));
}

export function isSqliteError(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && codes.some((c) => code === c || code.startsWith(`${c}_`));
}

/**
 * Opens a copy and proves it sound: a SQLite file that passes integrity_check,
 * left as one self-contained file (rollback journal, no -wal beside it).
 */
export function verifyCopy(file: string, label: string, check?: (client: Database.Database) => void): RowCounts {
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

export function podiumCheck(label: string): (client: Database.Database) => void {
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

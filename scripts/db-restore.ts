import { parseArgs } from "node:util";
import { BackupError, describeCounts, restoreDatabase } from "@/db/backup";
import { databasePath } from "@/db/connection";

// npm run db:restore -- FILE [--force]: replaces the database named by DATABASE_URL with a backup.
const usage =
  "Usage: npm run db:restore -- FILE [--force]   (stop the server first; --force replaces a database in use)";

let parsed: { values: { force?: boolean; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(1);
}
if (parsed.values.help) {
  console.log(usage);
  process.exit(0);
}
if (parsed.positionals.length !== 1) {
  console.error(`Name one backup file.\n${usage}`);
  process.exit(1);
}

const target = databasePath();
try {
  const report = await restoreDatabase(parsed.positionals[0]!, target, { force: parsed.values.force });
  console.log(
    [
      `Restored ${parsed.positionals[0]} into ${report.file}`,
      `  integrity  ok`,
      `  rows       ${describeCounts(report.counts)}`,
      `  migrations ${report.migrated.length ? `applied ${report.migrated.join(", ")}` : "none needed"}`,
      ...(report.replacedWhileInUse
        ? ["The database was in use: restart the server so it opens the restored file."]
        : []),
    ].join("\n"),
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}

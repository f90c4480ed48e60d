import { BackupError, describeCounts, restoreDatabase } from "@/db/backup";
import { databasePath } from "@/db/connection";
import { readArguments } from "./command-line";

// npm run db:restore -- FILE [--force]: replaces the database named by DATABASE_URL with a backup.
const usage =
  "Usage: npm run db:restore -- FILE [--force]   (stop the server first; --force replaces a database in use)";

const parsed = readArguments({ force: { type: "boolean", default: false } }, usage);
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

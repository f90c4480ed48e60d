import { describeCounts, restoreDatabase } from "@/db/backup";
import { databasePath } from "@/db/connection";
import { readBackupArguments, runBackupCommand } from "./backup-command";

// npm run db:restore -- FILE [--force]: replaces the database named by DATABASE_URL with a backup.
const usage =
  "Usage: npm run db:restore -- FILE [--force]   (stop the server first; --force replaces a database in use)";

const { file, force } = readBackupArguments(usage);
const target = databasePath();
await runBackupCommand(async () => {
  const report = await restoreDatabase(file, target, { force });
  console.log(
    [
      `Restored ${file} into ${report.file}`,
      `  integrity  ok`,
      `  rows       ${describeCounts(report.counts)}`,
      `  migrations ${report.migrated.length ? `applied ${report.migrated.join(", ")}` : "none needed"}`,
      ...(report.replacedWhileInUse
        ? ["The database was in use: restart the server so it opens the restored file."]
        : []),
    ].join("\n"),
  );
});

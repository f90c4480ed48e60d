import { backupDatabase, describeBytes, describeCounts } from "@/db/backup";
import { databasePath } from "@/db/connection";
import { readBackupArguments, runBackupCommand } from "./backup-command";

// npm run db:backup -- FILE [--force]: an online copy of DATABASE_URL, safe while the server runs.
const usage = "Usage: npm run db:backup -- FILE [--force]   (copies the database named by DATABASE_URL into FILE)";

const { file, force } = readBackupArguments(usage);
const source = databasePath();
await runBackupCommand(async () => {
  const report = await backupDatabase(source, file, { force });
  console.log(
    [
      `Backed up ${source} to ${report.file}`,
      `  size       ${describeBytes(report.bytes)}`,
      `  integrity  ok`,
      `  rows       ${describeCounts(report.counts) || "none of Podium's tables"}`,
    ].join("\n"),
  );
});

import { BackupError, backupDatabase, describeBytes, describeCounts } from "@/db/backup";
import { databasePath } from "@/db/connection";
import { readArguments } from "./command-line";

// npm run db:backup -- FILE [--force]: an online copy of DATABASE_URL, safe while the server runs.
const usage = "Usage: npm run db:backup -- FILE [--force]   (copies the database named by DATABASE_URL into FILE)";

const parsed = readArguments({ force: { type: "boolean", default: false } }, usage);
if (parsed.positionals.length !== 1) {
  console.error(`Name one backup file.\n${usage}`);
  process.exit(1);
}

const source = databasePath();
try {
  const report = await backupDatabase(source, parsed.positionals[0]!, { force: parsed.values.force });
  console.log(
    [
      `Backed up ${source} to ${report.file}`,
      `  size       ${describeBytes(report.bytes)}`,
      `  integrity  ok`,
      `  rows       ${describeCounts(report.counts) || "none of Podium's tables"}`,
    ].join("\n"),
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}

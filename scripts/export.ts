import { databasePath, openDatabase } from "@/db/connection";
import { exportConference, exportFormats, type ExportFormat } from "@/db/interop/export-conference";
import { migrateDatabase } from "@/db/migrate";
import { siteUrl } from "@/lib/site-url";
import { readArguments } from "./command-line";

// npm run export -- SLUG --format xml|json|json2|ics|csv|csv-speakers [--draft]
const usage = `Usage: npm run export -- SLUG --format ${exportFormats.join("|")} [--draft] [--locale zh-CN|en]`;

const { values, positionals } = readArguments(
  {
    format: { type: "string" },
    draft: { type: "boolean", default: false },
    locale: { type: "string", default: "zh-CN" },
  },
  usage,
);
const format = values.format as ExportFormat | undefined;
if (
  positionals.length !== 1 ||
  !format ||
  !exportFormats.includes(format) ||
  (values.locale !== "zh-CN" && values.locale !== "en")
) {
  console.error(usage);
  process.exit(1);
}

const db = openDatabase(databasePath());
await migrateDatabase(db);
try {
  const result = exportConference(db, positionals[0]!, format, {
    draft: values.draft,
    origin: siteUrl(),
    locale: values.locale,
  });
  if (!result.ok) {
    console.error(result.message);
    process.exitCode = 1;
  } else process.stdout.write(result.body);
} finally {
  db.$client.close();
}

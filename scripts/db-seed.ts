import { databasePath, openDatabase } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";

const file = databasePath();
const db = openDatabase(file);
await migrateDatabase(db);
const report = await seedDemo(db);
db.$client.close();
console.log(
  report.inserted === 0
    ? `Demo conference already present in ${file}; nothing changed.`
    : `Demo conference loaded into ${file} (${report.inserted} rows${report.released ? `, release ${report.released} published` : ""}).`,
);

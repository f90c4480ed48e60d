import { databasePath, openDatabase } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";

const file = databasePath();
const db = openDatabase(file);
await migrateDatabase(db);
db.$client.close();
console.log(`Database is up to date: ${file}`);

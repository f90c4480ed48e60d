import { databasePath, openDatabase } from "@/db/connection";
import { createUser } from "@/db/auth/create-user";
import { migrateDatabase } from "@/db/migrate";
import { readArguments } from "./command-line";

// npm run user:create -- --email E --password P [--name N] [--admin]
const usage =
  "Usage: npm run user:create -- --email someone@example.org --password 'at least 10 characters' [--name 'Full Name'] [--admin]";

const { values } = readArguments(
  {
    email: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    admin: { type: "boolean", default: false },
  },
  usage,
  { positionals: false },
);
if (!values.email || !values.password) {
  console.error(`--email and --password are required.\n${usage}`);
  process.exit(1);
}

const file = databasePath();
const db = openDatabase(file);
await migrateDatabase(db);
// The operator typed the address: it counts as proved, so organizer rights may be granted to it.
const result = await createUser(db, {
  email: values.email,
  password: values.password,
  name: values.name,
  isPlatformAdmin: values.admin,
  emailVerified: true,
});
db.$client.close();
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
const { user } = result;
console.log(
  `Created ${user.isPlatformAdmin ? "platform admin" : "user"} ${user.email}${user.name ? ` (${user.name})` : ""} in ${file}.`,
);

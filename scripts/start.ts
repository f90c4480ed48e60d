import { databasePath } from "@/db/connection";
import { buildIfNeeded, demoSignIns, ensureAuthSecret, prepareDatabase } from "./prepare-runtime";

// `npm start`: build when needed, migrate, seed an empty database, serve.
const root = process.cwd();
const port = process.env.PORT || "3000";
const file = databasePath();

buildIfNeeded(root);
const { seeded } = await prepareDatabase(file);
const authSecret = ensureAuthSecret(file);
const signIns = await demoSignIns(file);

// Next.js reads these when it loads: set them before the server starts, in this process.
Object.assign(process.env, { NODE_ENV: "production", DATABASE_URL: file, AUTH_SECRET: authSecret, PORT: port });
const { serve } = await import("./server/serve");
const { close } = await serve({ dir: root, port: Number(port), databaseFile: file });
const url = `http://localhost:${port}`;
console.log(
  [
    "",
    `Podium is running at ${url}`,
    `  database: ${file}${seeded ? " (demo conference loaded)" : ""}`,
    `  demo conference: ${url}/china-netav-2017`,
    ...(signIns.length
      ? [
          "",
          `Demo sign-ins at ${url}/signin (password: ${signIns[0]!.password}):`,
          ...signIns.map((s) => `  ${s.email.padEnd(24)} ${s.rights}`),
        ]
      : []),
    "",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void close().finally(() => process.exit(0));
  });
}

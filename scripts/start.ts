import { spawn } from "node:child_process";
import path from "node:path";
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

const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, DATABASE_URL: file, AUTH_SECRET: authSecret, PORT: port },
});

let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready in/.test(chunk.toString())) {
    announced = true;
    const url = `http://localhost:${port}`;
    console.log(
      [
        "",
        `Podium is running at ${url}`,
        `  database: ${file}${seeded ? " (demo conference loaded)" : ""}`,
        `  demo conference: ${url}/china-netav-2017`,
        ...(signIns.length
          ? ["", `Demo sign-ins at ${url}/signin (password: ${signIns[0]!.password}):`, ...signIns.map((s) => `  ${s.email.padEnd(24)} ${s.rights}`)]
          : []),
        "",
      ].join("\n"),
    );
  }
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

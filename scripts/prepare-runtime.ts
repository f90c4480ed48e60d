import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { openDatabase } from "@/db/connection";
import { makePrivateDir, PRIVATE_FILE_MODE } from "@/lib/data-files";
import { migrateDatabase } from "@/db/migrate";
import { conferences } from "@/db/schema";
import { findDemoSignIns } from "@/db/seed/demo/users";
import { seedDemo } from "@/db/seed/seed-demo";
import { buildIsStale, recordBuild, sourceFingerprint } from "./build-fingerprint";

/** Runs `next build` when there is no build or the sources changed since the last one. */
export function buildIfNeeded(root = process.cwd()): boolean {
  if (!buildIsStale(root)) return false;
  const fingerprint = sourceFingerprint(root);
  console.log("Building Podium (sources changed since the last build)…");
  // NODE_ENV must be production: test runners set it to "test", which yields a broken build.
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  recordBuild(root, fingerprint);
  return true;
}

/** Migrates the database and, when it holds no conference at all, loads the demo conference. */
export async function prepareDatabase(file: string): Promise<{ seeded: boolean }> {
  const db = openDatabase(file);
  try {
    await migrateDatabase(db);
    const [row] = db.select({ n: count() }).from(conferences).all();
    if ((row?.n ?? 0) > 0) return { seeded: false };
    await seedDemo(db);
    return { seeded: true };
  } finally {
    db.$client.close();
  }
}

/** The demo accounts that can sign in with the demo password in this database (none unless the demo was loaded). */
export async function demoSignIns(file: string): Promise<{ email: string; password: string; rights: string }[]> {
  const db = openDatabase(file);
  try {
    return await findDemoSignIns(db);
  } finally {
    db.$client.close();
  }
}

/**
 * AUTH_SECRET signs sign-in tokens. When it is not set, a random one is made
 * once and kept beside the database (never in the repository), so restarts do
 * not sign everybody out.
 */
export function ensureAuthSecret(databaseFile: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(path.dirname(databaseFile), ".auth-secret");
  if (!fs.existsSync(file)) {
    makePrivateDir(path.dirname(file));
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: PRIVATE_FILE_MODE });
  }
  return fs.readFileSync(file, "utf8").trim();
}

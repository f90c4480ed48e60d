import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded, prepareDatabase } from "../../scripts/prepare-runtime";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server at ${url} did not answer within ${timeoutMs} ms`);
}

/** Builds when stale, then serves the production build on a scratch database seeded with the demo. */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  buildIfNeeded(root);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-e2e-"));
  const databaseFile = path.join(dir, "e2e.db");
  await prepareDatabase(databaseFile);

  const port = await freePort();
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseFile, AUTH_SECRET: crypto.randomBytes(32).toString("hex"), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, server, 60_000);
  project.provide("baseURL", baseURL);

  return async () => {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

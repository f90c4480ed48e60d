import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
import { buildIfNeeded, prepareDatabase } from "../../scripts/prepare-runtime";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The served database, for tests that add data the demo lacks. */
    databaseFile: string;
    /** Where the loopback SMTP server drops each message the app sends, as `{n}.eml`. */
    mailDir: string;
  }
}

/** An SMTP server on loopback that writes every message it receives into `dir`: the app's outbox, for tests to read. */
async function startMailCatcher(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData: (stream, _session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        fs.writeFileSync(path.join(dir, `${++count}.eml`), Buffer.concat(chunks));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
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
  if (process.env.PODIUM_E2E_BUILD !== "never") buildIfNeeded(root);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-e2e-"));
  const databaseFile = path.join(dir, "e2e.db");
  await prepareDatabase(databaseFile);

  const mailDir = path.join(dir, "mail");
  const mail = await startMailCatcher(mailDir);
  const port = await freePort();
  // The production server as npm start runs it: Next.js behind the store of rendered public pages.
  const server = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseFile,
      PORT: String(port),
      AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      NODE_ENV: "production",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(mail.port),
      SMTP_SECURE: "false",
      MAIL_FROM: "Podium <no-reply@podium.test>",
      // The tests stand in for a proxy on loopback: their X-Forwarded-For names the client, so
      // each test that trips the sign-in throttle does it from an address of its own.
      TRUSTED_PROXIES: "loopback",
    },
    // Server output goes to a file: an inherited pipe would outlive the test run.
    stdio: ["ignore", fs.openSync(path.join(dir, "server.log"), "a"), fs.openSync(path.join(dir, "server.log"), "a")],
    // Its own process group, so teardown can stop everything it started.
    detached: true,
  });
  const baseURL = `http://localhost:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
      ]);
      if (!stopped) process.kill(-server.pid, "SIGKILL");
    }
    server.unref();
    await mail.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForServer(baseURL, server, 60_000);
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, "server.log"), "utf8"));
    await stop();
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("databaseFile", databaseFile);
  project.provide("mailDir", mailDir);
  return stop;
}

import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import { peakResidentMb, processRunning, settle } from "./proc";
import { spawnGroup, type GroupProcess } from "./process-group";

export interface PodiumServer {
  url: string;
  process: GroupProcess;
  /** Statements the server has run so far, by connection (`app`, `revisions`). */
  queries: () => Promise<Record<string, number>>;
  /** Peak resident memory of the node process serving, MB. */
  peakResidentMb: () => number | null;
  /** Resolves once the server is nearly idle; the milliseconds waited. */
  settle: () => Promise<number>;
}

/**
 * `npm run serve` on a free loopback port, counting its database statements.
 * `started` gets the process before it is ready, so a failing start is still cleaned up.
 */
export async function startPodium(root: string, databaseFile: string, started: (process: GroupProcess) => void): Promise<PodiumServer> {
  const port = await freePort();
  const server = spawnGroup(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseFile, AUTH_SECRET: crypto.randomBytes(32).toString("hex"), PODIUM_COUNT_QUERIES: "1", NODE_ENV: "production" },
    ipc: true,
  });
  started(server);
  try {
    await server.waitForLine(/Ready on/, 90_000);
  } catch (error) {
    console.error(server.output());
    throw error;
  }
  const node = processRunning(server.child.pid!, "scripts/serve.ts");
  return {
    url: `http://127.0.0.1:${port}`,
    process: server,
    queries: () => askQueries(server),
    peakResidentMb: () => peakResidentMb(node),
    settle: () => settle(node),
  };
}

function askQueries({ child }: GroupProcess): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const answer = (message: unknown) => {
      if (!message || typeof message !== "object" || !("queries" in message)) return;
      clearTimeout(timer);
      child.off("message", answer);
      resolve(message.queries as Record<string, number>);
    };
    const timer = setTimeout(() => {
      child.off("message", answer);
      reject(new Error("The server did not report its query count (started without PODIUM_COUNT_QUERIES or IPC?)"));
    }, 5000);
    child.on("message", answer);
    child.send("queries");
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

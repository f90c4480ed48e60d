import fs from "node:fs";
import path from "node:path";
import { BROWSER_HEADERS, drive, type Load } from "./load";
import { spawnGroup, type GroupProcess } from "./process-group";
import { getRaw } from "./raw-http";

const variants = ["br", "gzip", "identity"] as const;
// Per connection or per message: not the page's.
const notCopied = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/** Saves into `dir` the exact bytes and headers Podium answers for `url`, one body per encoding. */
export async function savePodiumResponse(url: string, dir: string, headers: Record<string, string>): Promise<{ identity: Buffer; gzip: Buffer; br: Buffer }> {
  fs.mkdirSync(dir, { recursive: true });
  const saved: Record<string, { contentEncoding: string | null; file: string }> = {};
  const bodies: Record<string, Buffer> = {};
  let copied: Record<string, string> = {};
  for (const variant of variants) {
    const res = await getRaw(url, { ...headers, "accept-encoding": variant });
    if (res.status !== 200) throw new Error(`GET ${url} (${variant}) answered ${res.status}`);
    if (variant === "br") copied = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !notCopied.has(name)).map(([name, value]) => [name, [value].flat().join(", ")]));
    fs.writeFileSync(path.join(dir, variant), res.body);
    saved[variant] = { contentEncoding: typeof res.headers["content-encoding"] === "string" ? res.headers["content-encoding"] : null, file: variant };
    bodies[variant] = res.body;
  }
  const { pathname, search } = new URL(url);
  fs.writeFileSync(path.join(dir, "response.json"), JSON.stringify({ path: pathname + search, headers: copied, variants: saved }));
  return { identity: bodies.identity!, gzip: bodies.gzip!, br: bodies.br! };
}

/** Serves what `savePodiumResponse` saved from a minimal Node `http` server; `started` gets the process at once, for cleanup. */
export async function startStaticServer(root: string, dir: string, started: (process: GroupProcess) => void): Promise<{ origin: string; process: GroupProcess }> {
  const server = spawnGroup(process.execPath, ["--import", "tsx", "scripts/bench/static-server.ts", dir], { cwd: root, env: { ...process.env, NODE_ENV: "production" } });
  started(server);
  const [, port] = await server.waitForLine(/Listening on (\d+)/, 30_000);
  return { origin: `http://127.0.0.1:${port}`, process: server };
}

/**
 * The floor for one page: saves what Podium answers for `url` into `dir`, serves it from
 * the static server and drives it as Podium was driven.
 */
export async function measureStaticFloor(root: string, url: string, dir: string, started: (process: GroupProcess) => void): Promise<{ load: Load; bodies: Awaited<ReturnType<typeof savePodiumResponse>> }> {
  const bodies = await savePodiumResponse(url, dir, { "accept-language": BROWSER_HEADERS["accept-language"] });
  const floor = await startStaticServer(root, dir, started);
  try {
    const { pathname, search } = new URL(url);
    return { load: await drive(floor.origin + pathname + search), bodies };
  } finally {
    await floor.process.stop();
  }
}

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// The floor for any Node server: one path, its bytes compressed beforehand, picked by
// Accept-Encoding, with the headers Podium sent. Run by the bench in a process of its own:
//   node --import tsx scripts/bench/static-server.ts DIR
// DIR holds response.json (see static-floor.ts) and one body file per variant.

interface Variant {
  contentEncoding: string | null;
  file: string;
}
interface Response {
  path: string;
  headers: Record<string, string>;
  variants: Record<"br" | "gzip" | "identity", Variant>;
}

const dir = process.argv[2]!;
const response = JSON.parse(fs.readFileSync(path.join(dir, "response.json"), "utf8")) as Response;
const bodies = Object.fromEntries(Object.entries(response.variants).map(([name, v]) => [name, fs.readFileSync(path.join(dir, v.file))]));

const server = http.createServer((req, res) => {
  if (req.url !== response.path || (req.method !== "GET" && req.method !== "HEAD")) {
    res.writeHead(404).end();
    return;
  }
  const accepts = req.headers["accept-encoding"] ?? "";
  const name = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : "identity";
  const { contentEncoding } = response.variants[name];
  const body = bodies[name]!;
  res.writeHead(200, { ...response.headers, ...(contentEncoding ? { "Content-Encoding": contentEncoding } : {}), "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
});
server.listen(0, "127.0.0.1", () => console.log(`Listening on ${(server.address() as AddressInfo).port}`));

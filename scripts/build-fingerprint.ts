import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What `next build` reads. A change to any of it makes the last build stale.
const INPUTS = [
  "app",
  "components",
  "db",
  "lib",
  "i18n",
  "messages",
  "public",
  "auth.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
  "package-lock.json",
];
const FINGERPRINT_FILE = ".next/podium-source-fingerprint";

function* filesUnder(root: string, entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) yield* filesUnder(root, path.join(entry, child));
}

/** A hash of every build input's path and content. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of filesUnder(root, input)) {
      hash
        .update(file)
        .update("\0")
        .update(fs.readFileSync(path.join(root, file)))
        .update("\0");
    }
  }
  // Public URLs in prerendered metadata (Open Graph) come from SITE_URL at build time.
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ""}`);
  return hash.digest("hex");
}

/** True when there is no production build or the sources changed since it was made. */
export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  const stored = path.join(root, FINGERPRINT_FILE);
  if (!fs.existsSync(buildId) || !fs.existsSync(stored)) return true;
  return fs.readFileSync(stored, "utf8").trim() !== sourceFingerprint(root);
}

/**
 * Records the fingerprint taken before the build began (`sourceFingerprint` then), so a source
 * changed while `next build` ran leaves the build stale rather than passing for current.
 */
export function recordBuild(root: string, fingerprint: string): void {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint + "\n");
}

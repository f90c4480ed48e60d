import fs from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";

// The larger real schedules live beside the repository in ../shared (CI has it; a clone
// from the public repository does not). PODIUM_SHARED_DIR points elsewhere, e.g. at a
// missing folder to check that the suite still passes without them.
const root = path.resolve(process.env.PODIUM_SHARED_DIR ?? path.resolve(import.meta.dirname, "../../../shared"));
const warned = new Set<string>();

/** The absolute path of a file under ../shared, e.g. sharedPath("data/real/debconf23.xml"). */
export const sharedPath = (...parts: string[]) => path.join(root, ...parts);

/**
 * Whether every named file under ../shared is there; when one is not, says once
 * which and why the tests over it are skipped. Use with `describe.skipIf(!hasShared(…))`.
 */
export function hasShared(...relative: string[]): boolean {
  const missing = relative.filter((r) => !fs.existsSync(sharedPath(r)));
  const key = missing.join("\n");
  if (missing.length && !warned.has(key)) {
    warned.add(key);
    console.warn(
      `Skipped: ${missing.map((m) => sharedPath(m)).join(", ")} not found. These tests read real files from ../shared, which CI has and a clone of the repository does not.`,
    );
  }
  return missing.length === 0;
}

/** A fixture shipped with the repository (tests/fixtures, see its README for sources and licences). */
export const fixturePath = (...parts: string[]) => path.resolve(import.meta.dirname, "../fixtures", ...parts);

/**
 * Registers `suite` under `name` when the files are under ../shared; otherwise one
 * skipped test whose name says what is missing. The suite's body does not run then,
 * so it may read the files as it is collected.
 */
export function describeWithShared(files: string[], name: string, suite: () => void) {
  if (hasShared(...files)) describe(name, suite);
  else
    describe.skip(`${name} (needs ${files.join(", ")} in ../shared)`, () =>
      it("is skipped: ../shared is not beside this clone", () => {}));
}

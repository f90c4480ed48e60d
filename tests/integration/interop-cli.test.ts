import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { countRows } from "../support/database-rows";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";

// The real command lines, as `npm run import` / `npm run export` run them, against a scratch database.
const repoRoot = path.resolve(import.meta.dirname, "../..");
const debconf = path.resolve(repoRoot, "../shared/data/real/debconf23.xml");
const SLOW = 60_000;
// The distinct <track> names of the file: each becomes one track of the conference.
const trackCount = new Set([...fs.readFileSync(debconf, "utf8").matchAll(/<track>([^<]+)<\/track>/g)].map((m) => m[1])).size;

let dir: string;
let databaseFile: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: "import" | "export", args: string[]): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: databaseFile };
  return new Promise((resolve) => {
    execFile(path.join(repoRoot, "node_modules/.bin/tsx"), [`scripts/${script}.ts`, ...args], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** Reads the CLI's database with a connection of the test's own, closed at once. */
function readDatabase<T>(read: (db: Db) => T): T {
  const db = openDatabase(databaseFile);
  try {
    return read(db);
  } finally {
    db.$client.close();
  }
}
const rowCounts = () => readDatabase(countRows);

const readConference = () =>
  readDatabase((db) =>
    db.$client.prepare("select slug, published, time_zone as timeZone, (select group_concat(version) from releases r where r.conference_id = c.id) as releases from conferences c").get(),
  );

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-cli-"));
  databaseFile = path.join(dir, "cli.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run import / npm run export", () => {
  it(
    "a dry run of debconf23.xml reports what it would create, leaves the database empty and claims no release",
    async () => {
      const result = await run("import", [debconf, "--dry-run", "--publish", "--version", "v1"]);
      expect(result.stderr).toContain("117 events");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Dry run for debconf23: nothing was written.");
      expect(result.stdout).toMatch(new RegExp(`^would create 5 rooms, ${trackCount} tracks, \\d+ forums, 87 speakers, 117 sessions$`, "m"));
      expect(Object.values(rowCounts()).every((n) => n === 0)).toBe(true);
      // Nothing was published, so the summary must not say so.
      expect(result.stdout).not.toMatch(/^published/m);
    },
    SLOW,
  );

  it(
    "imports debconf23.xml and publishes v1, with created counts, what it ignored and the time it took",
    async () => {
      const result = await run("import", [debconf, "--publish", "--version", "v1"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Imported into debconf23 (new conference).");
      expect(result.stdout).toMatch(new RegExp(`^created {4}5 rooms, ${trackCount} tracks, \\d+ forums, 87 speakers, 117 sessions$`, "m"));
      expect(result.stdout).toMatch(/^ignored {4}\d+ kind\(s\) of content:$/m);
      expect(result.stdout).toMatch(/^ {2}element <recording> in <event> ×117 \(first at event 35 \(line \d+\)\)$/m);
      expect(result.stdout).toContain("published  release v1");
      expect(result.stdout).toMatch(/^time {7}\d+\.\d\d s \(import \d+\.\d\d s\)$/m);
      expect(rowCounts()).toMatchObject({ conferences: 1, rooms: 5, tracks: trackCount, speakers: 87, sessions: 117, releases: 1 });
      expect(readConference()).toEqual({ slug: "debconf23", published: 1, timeZone: "Asia/Kolkata", releases: "v1" });
    },
    SLOW,
  );

  it(
    "exports the release as schedule XML and schedule2 JSON that validate, and names an unknown slug",
    async () => {
      const [xml, json2, unknown] = await Promise.all([
        run("export", ["debconf23", "--format", "xml"]),
        run("export", ["debconf23", "--format", "json2"]),
        run("export", ["no-such-conference", "--format", "xml"]),
      ]);
      expect(xml.code).toBe(0);
      expect(xml.stdout.match(/<event /g)).toHaveLength(117);
      expect(await validateScheduleXml(xml.stdout)).toEqual([]);
      expect(json2.code).toBe(0);
      expect(validateScheduleJson(json2.stdout, "schema2")).toEqual([]);
      expect((JSON.parse(json2.stdout) as { schedule: { version: string } }).schedule.version).toBe("v1");
      expect(unknown.code).not.toBe(0);
      expect(unknown.stdout).toBe("");
      expect(unknown.stderr).toContain("No conference with the slug “no-such-conference”.");
    },
    SLOW,
  );

  it(
    "stops on a broken file with exit code 2, says where, and writes nothing",
    async () => {
      const broken = path.join(dir, "broken.xml");
      fs.writeFileSync(broken, fs.readFileSync(debconf, "utf8").replace("<duration>00:20</duration>", "<duration>twenty</duration>"));
      const before = rowCounts();
      const result = await run("import", [broken, "--publish", "--version", "v2"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Import stopped, nothing was written: Unreadable duration "twenty" \(event 35 \(day 1, room Anamudi, line \d+\)\)/);
      expect(result.stdout).toBe("");
      expect(rowCounts()).toEqual(before);
    },
    SLOW,
  );
});

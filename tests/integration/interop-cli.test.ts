import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { countRows } from "../support/database-rows";
import { fixturePath } from "../support/shared-data";
import { validateScheduleJson } from "../support/validate-json";
import { validateScheduleXml } from "../support/validate-xml";

// The real command lines, as `npm run import` / `npm run export` run them, against a scratch database.
const repoRoot = path.resolve(import.meta.dirname, "../..");
// A small schedule written for these tests: 6 events in 3 rooms on 2 days, 3 tracks, 5 people, Asia/Kolkata.
const tiny = fixturePath("schedules/tiny-fest.xml");
const SLOW = 60_000;

let dir: string;
let databaseFile: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run import|export -- …`: the first run through the tsx command as npm starts it, the
 * rest as `node --import tsx`, the same script under the same loader without the second Node
 * process the tsx command starts it in (about a third of a second each).
 */
let viaTsxCommand = true;
function run(script: "import" | "export", args: string[]): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: databaseFile };
  const [command, loader] = viaTsxCommand
    ? [path.join(repoRoot, "node_modules/.bin/tsx"), []]
    : [process.execPath, ["--import", "tsx"]];
  viaTsxCommand = false;
  return new Promise((resolve) => {
    execFile(
      command,
      [...loader, `scripts/${script}.ts`, ...args],
      { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
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
    db.$client
      .prepare(
        "select slug, published, time_zone as timeZone, (select group_concat(version) from releases r where r.conference_id = c.id) as releases from conferences c",
      )
      .get(),
  );

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-cli-"));
  databaseFile = path.join(dir, "cli.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run import / npm run export", () => {
  it(
    "a dry run reports what it would create, leaves the database empty and claims no release",
    async () => {
      const result = await run("import", [tiny, "--dry-run", "--publish", "--version", "v1"]);
      expect(result.stderr).toContain("6 events");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Dry run for tinyfest30: nothing was written.");
      expect(result.stdout).toMatch(/^would create 3 rooms, 3 tracks, \d+ forums, 5 speakers, 6 sessions$/m);
      expect(Object.values(rowCounts()).every((n) => n === 0)).toBe(true);
      // Nothing was published, so the summary must not say so.
      expect(result.stdout).not.toMatch(/^published/m);
    },
    SLOW,
  );

  it(
    "imports and publishes v1, with created counts, what it ignored and the time it took",
    async () => {
      const result = await run("import", [tiny, "--publish", "--version", "v1"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Imported into tinyfest30 (new conference).");
      expect(result.stdout).toMatch(/^created {4}3 rooms, 3 tracks, \d+ forums, 5 speakers, 6 sessions$/m);
      expect(result.stdout).toMatch(/^ignored {4}\d+ kind\(s\) of content:$/m);
      expect(result.stdout).toMatch(/^ {2}element <recording> in <event> ×6 \(first at event 201 \(line \d+\)\)$/m);
      expect(result.stdout).toContain("published  release v1");
      expect(result.stdout).toMatch(/^time {7}\d+\.\d\d s \(import \d+\.\d\d s\)$/m);
      expect(rowCounts()).toMatchObject({ conferences: 1, rooms: 3, tracks: 3, speakers: 5, sessions: 6, releases: 1 });
      expect(readConference()).toEqual({ slug: "tinyfest30", published: 1, timeZone: "Asia/Kolkata", releases: "v1" });
    },
    SLOW,
  );

  it(
    "exports the release as schedule XML and schedule2 JSON that validate, and names an unknown slug",
    async () => {
      const [xml, json2, unknown] = await Promise.all([
        run("export", ["tinyfest30", "--format", "xml"]),
        run("export", ["tinyfest30", "--format", "json2"]),
        run("export", ["no-such-conference", "--format", "xml"]),
      ]);
      expect(xml.code).toBe(0);
      expect(xml.stdout.match(/<event /g)).toHaveLength(6);
      // Clients key people by their numeric id.
      expect(xml.stdout.match(/<person id="\d+" guid="[0-9a-f-]{36}">/g)).toHaveLength(9);
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
      fs.writeFileSync(
        broken,
        fs.readFileSync(tiny, "utf8").replace("<duration>0:45</duration>", "<duration>twenty</duration>"),
      );
      const before = rowCounts();
      const result = await run("import", [broken, "--publish", "--version", "v2"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /Import stopped, nothing was written: Unreadable duration "twenty": expected H:MM, HH:MM or HH:MM:SS \(event 202 \(day 1, room Hall A, line \d+\)\)/,
      );
      expect(result.stdout).toBe("");
      expect(rowCounts()).toEqual(before);
    },
    SLOW,
  );

  it(
    "reads a file without any time zone in the zone --time-zone names, and without it refuses naming the flag and the field",
    async () => {
      // The pentabarf layout of 2011: only <day date> and <start>, a day change at 06:00 (00:30 is the night after).
      const floating = path.join(dir, "floating.xml");
      fs.writeFileSync(
        floating,
        `<schedule><conference><acronym>nightcamp</acronym><title>Night Camp</title><day_change>06:00</day_change></conference><day index="1" date="2030-08-10"><room name="Kourou"><event id="1"><start>00:30</start><duration>01:00</duration><room>Kourou</room><title>After midnight</title></event><event id="2"><start>22:00</start><duration>0:00</duration><room>Kourou</room><title>Bell</title></event></room></day></schedule>`,
      );
      const refused = await run("import", [floating]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("--time-zone");
      expect(refused.stderr).toContain("“Time zone” field");
      const dry = await run("import", [floating, "--time-zone", "US/Eastern", "--dry-run"]);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(
        /^ {2}events after midnight listed under the previous day \(before its day change\): dated the next day ×1 \(first at event 1 /m,
      );
      expect(dry.stdout).toMatch(/^ {2}zero-length events: kept as instants \(start = end\) ×1 \(first at event 2 /m);
      // Into an existing conference, times without a zone are read in that conference's zone.
      const intoExisting = await run("import", [floating, "--conference", "tinyfest30", "--dry-run"]);
      expect(intoExisting.code).toBe(0);
      expect(intoExisting.stdout).toMatch(
        /^ {2}the file gives local times without a zone: read in the conference's zone Asia\/Kolkata ×1 /m,
      );
      const imported = await run("import", [floating, "--time-zone", "America/New_York"]);
      expect(imported.code).toBe(0);
      const starts = readDatabase((db) =>
        db.$client
          .prepare("select title, starts_at as startsAt, ends_at as endsAt from sessions order by starts_at")
          .all(),
      ) as Array<{ title: string; startsAt: number; endsAt: number }>;
      expect(
        starts
          .filter((s) => ["Bell", "After midnight"].includes(s.title))
          .map((s) => [s.title, new Date(s.startsAt).toISOString(), (s.endsAt - s.startsAt) / 60_000]),
      ).toEqual([
        ["Bell", "2030-08-11T02:00:00.000Z", 0],
        ["After midnight", "2030-08-11T04:30:00.000Z", 60],
      ]);
    },
    SLOW,
  );

  it(
    "imports an iCalendar file, and refuses a file of no known format by naming the formats",
    async () => {
      const ics = await run("import", [
        fixturePath("schedules/pyconuk2015-coventry-vobject-floating.ics"),
        "--time-zone",
        "Europe/London",
        "--dry-run",
      ]);
      expect(ics.code).toBe(0);
      expect(ics.stdout).toMatch(/^would create 11 rooms, 0 tracks, \d+ forums, 0 speakers, 159 sessions$/m);
      const png = path.join(dir, "photo.png");
      fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]));
      const refused = await run("import", [png]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("none of the formats Podium reads: schedule XML");
      expect(refused.stderr).toContain("iCalendar (.ics)");
      expect(refused.stderr).not.toContain("Excel");
    },
    SLOW,
  );
});

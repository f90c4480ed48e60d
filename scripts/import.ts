import fs from "node:fs";
import { eq } from "drizzle-orm";
import { databasePath, openDatabase } from "@/db/connection";
import { importSchedule } from "@/db/interop/import-schedule";
import { importSpeakers } from "@/db/interop/import-speakers";
import { migrateDatabase } from "@/db/migrate";
import { conferences } from "@/db/schema";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import { noteInEnglish } from "@/lib/interop/import-english";
import { at, atPath, type ImportNote } from "@/lib/interop/import-report";
import type { ImportCounts, ImportSummary } from "@/lib/interop/import-summary";
import { decodeUpload, detectFormat, isSpeakersCsv, parseSchedule } from "@/lib/interop/parse-schedule";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { MissingTimeZoneError } from "@/lib/interop/zone-reader";
import { readArguments } from "./command-line";

// npm run import -- FILE [--conference SLUG] [--dry-run] [--publish [--version NAME]] [--time-zone ZONE]
// What it ignored, decided or refused is printed in the English words of messages/en.json.
const usage =
  "Usage: npm run import -- FILE [--conference SLUG] [--dry-run] [--publish [--version NAME]] [--time-zone Europe/Brussels]";

const { values, positionals } = readArguments(
  {
    conference: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    publish: { type: "boolean", default: false },
    version: { type: "string" },
    "time-zone": { type: "string" },
  },
  usage,
);
if (values.version !== undefined && !values.publish) {
  console.error(`--version names the release --publish makes; add --publish.\n${usage}`);
  process.exit(1);
}
if (positionals.length !== 1) {
  console.error(`Name one file to import.\n${usage}`);
  process.exit(1);
}
const file = positionals[0]!;
let bytes: Uint8Array;
try {
  bytes = fs.readFileSync(file);
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

const started = performance.now();
const db = openDatabase(databasePath());
await migrateDatabase(db);
const progress = (done: number, total: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r  sessions ${done}/${total}`);
  else if (done === total || done % 500 === 0) process.stderr.write(`  sessions ${done}/${total}\n`);
};
try {
  process.stderr.write(`Reading ${file}…\n`);
  const text = decodeUpload(bytes, file);
  const target = values.conference
    ? db.select().from(conferences).where(eq(conferences.slug, values.conference)).get()
    : undefined;
  if (isSpeakersCsv(file, text)) {
    if (!target) throw new ScheduleFormatError("speakersCsvWithoutConference", atPath(file));
    const result = importSpeakers(db, null, target.id, parseSpeakersCsv(text), {
      dryRun: values["dry-run"],
      trusted: true,
    });
    console.log(
      `${result.dryRun ? "Dry run: would create" : "Created"} ${result.created}, ${result.dryRun ? "would update" : "updated"} ${result.updated}, unchanged ${result.unchanged} speakers of ${target.slug}.`,
    );
    printNotes("ignored ", result.ignored);
    console.log(`time       ${(result.durationMs / 1000).toFixed(2)} s`);
    process.exit(0);
  }
  // The conference's own zone reads times that carry none; --time-zone names one for a file (or a new conference) without.
  const csvZone = target?.timeZone ?? values["time-zone"];
  if (detectFormat(file, text) === "csv" && values.conference && !csvZone)
    throw new MissingTimeZoneError([at.path(file), at.newConferenceCsv(values.conference)]);
  const parsed = parseSchedule(
    file,
    text,
    values.conference
      ? { acronym: values.conference, title: target?.name ?? values.conference, timeZone: csvZone ?? "UTC" }
      : undefined,
    {
      timeZone: values["time-zone"],
      defaultTimeZone: target?.timeZone,
      conferenceDates: target ?? null,
    },
  );
  process.stderr.write(
    `  ${parsed.document.events.length} events, ${parsed.document.rooms.length} rooms, ${parsed.document.tracks.length} tracks\n`,
  );
  const summary = importSchedule(db, null, parsed, {
    conference: values.conference,
    dryRun: values["dry-run"],
    publish: values.publish ? (values.version ?? "") : null,
    timeZone: values["time-zone"],
    trusted: true,
    onProgress: progress,
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  printSummary(summary, Math.round(performance.now() - started));
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write("\n");
  if (error instanceof ScheduleFormatError) {
    console.error(`Import stopped, nothing was written: ${error.message}`);
    process.exit(2);
  }
  throw error;
} finally {
  db.$client.close();
}

function printNotes(prefix: string, notes: ImportNote[]) {
  for (const { what, where, count } of notes.map(noteInEnglish))
    console.log(`  ${prefix}${what} ×${count} (first at ${where})`);
}

function printSummary(summary: ImportSummary, totalMs: number) {
  const line = (label: string, counts: ImportCounts) =>
    `${label.padEnd(10)} ${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}`;
  console.log(
    summary.dryRun
      ? `Dry run for ${summary.conference.slug}: nothing was written.`
      : `Imported into ${summary.conference.slug}${summary.conference.created ? " (new conference)" : ""}.`,
  );
  console.log(line(summary.dryRun ? "would create" : "created", summary.created));
  console.log(line(summary.dryRun ? "would update" : "updated", summary.updated));
  console.log(line("unchanged", summary.unchanged));
  if (summary.ignored.length) {
    console.log(`ignored    ${summary.ignored.length} kind(s) of content:`);
    printNotes("", summary.ignored);
  }
  if (summary.decisions.length) {
    console.log(`handled    ${summary.decisions.length} kind(s) of deviation, decided for you:`);
    printNotes("", summary.decisions);
  }
  for (const note of summary.notes) console.log(`note       ${noteInEnglish(note).what}`);
  if (summary.release)
    console.log(summary.dryRun ? `would publish release ${summary.release}` : `published  release ${summary.release}`);
  console.log(`time       ${(totalMs / 1000).toFixed(2)} s (import ${(summary.durationMs / 1000).toFixed(2)} s)`);
}

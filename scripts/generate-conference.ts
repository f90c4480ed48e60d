import { generateConferenceInto } from "@/db/bench/generate";
import { databasePath, openDatabase } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { defaultConferenceOptions, type GenerateConferenceOptions } from "@/lib/bench/generate-conference";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { readArguments } from "./command-line";

// npm run generate -- [--seed N] [--sessions N] [--rooms N] [--speakers N] [--days N] [--start-date YYYY-MM-DD] [--publish]
const d = defaultConferenceOptions;
const usage = `Usage: npm run generate -- [--seed ${d.seed}] [--sessions ${d.sessions}] [--rooms ${d.rooms}] [--speakers ${d.speakers}] [--days ${d.days}] [--start-date ${d.startDate}] [--publish]`;

const { values } = readArguments(
  {
    seed: { type: "string" },
    sessions: { type: "string" },
    rooms: { type: "string" },
    speakers: { type: "string" },
    days: { type: "string" },
    "start-date": { type: "string" },
    publish: { type: "boolean", default: false },
  },
  usage,
  { positionals: false },
);

const options: Partial<GenerateConferenceOptions> = {};
for (const key of ["seed", "sessions", "rooms", "speakers", "days"] as const) {
  const raw = values[key];
  if (typeof raw !== "string") continue;
  if (!/^-?\d+$/.test(raw)) {
    console.error(`--${key} takes a whole number, not “${raw}”.\n${usage}`);
    process.exit(1);
  }
  options[key] = Number(raw);
}
if (typeof values["start-date"] === "string") options.startDate = values["start-date"];

const file = databasePath();
const db = openDatabase(file);
await migrateDatabase(db);
try {
  const started = performance.now();
  const { slug, document, summary, release } = generateConferenceInto(db, {
    ...options,
    publish: values.publish === true,
  });
  const people = new Set(document.events.flatMap((e) => e.persons.map((p) => p.id)));
  const c = summary.created;
  const u = summary.updated;
  console.log(
    `${summary.conference.created ? "Generated" : "Regenerated"} ${slug} (${document.conference.title}, ${document.conference.startDate} – ${document.conference.endDate}) in ${file}`,
  );
  console.log(
    `  ${document.events.length} sessions (${document.events.filter((e) => e.cancelled).length} cancelled), ${document.rooms.length} rooms, ${people.size} speakers, ${document.groups.length} forums, ${document.tracks.length} tracks`,
  );
  console.log(
    `  created ${c.sessions} sessions, ${c.speakers} speakers, ${c.rooms} rooms, ${c.forums} forums, ${c.tracks} tracks; updated ${u.sessions} sessions, ${u.speakers} speakers`,
  );
  if (release) console.log(`  published release ${release}`);
  console.log(`  time ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  if (!(error instanceof ScheduleFormatError || error instanceof RangeError)) throw error;
  console.error(`Nothing was written: ${error.message}`);
  process.exitCode = 2;
} finally {
  db.$client.close();
}

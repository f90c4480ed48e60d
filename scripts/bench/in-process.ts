import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { and, eq, inArray, ne } from "drizzle-orm";
import { generateConferenceInto } from "@/db/bench/generate";
import { copyToScratch, openScratchDatabase, type ScratchDatabase } from "@/db/bench/scratch-database";
import type { Db } from "@/db/connection";
import { exportConference } from "@/db/interop/export-conference";
import { importSchedule } from "@/db/interop/import-schedule";
import { listForumIds } from "@/db/queries/forum-ids";
import { findLatestRelease } from "@/db/queries/revision";
import { loadScheduleEditor } from "@/db/queries/schedule-editor";
import { buildReleaseSnapshot } from "@/db/releases/build-snapshot";
import { insertRelease } from "@/db/releases/publish";
import { conferences, sessions } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { measure, type Timing } from "@/lib/bench/measure";
import { parseScheduleXml } from "@/lib/interop/schedule-xml-import";
import { diffReleases } from "@/lib/release/changelog";
import { findConflicts, type ConflictInput } from "@/lib/schedule/conflicts";

// The bench's figures that need no web server: conflict detection, the
// changelog diff, publishing, and the FOSDEM schedule through import and export.
// `npx tsx scripts/bench/in-process.ts` prints them for a freshly generated conference.

export interface InProcessFigures {
  conflictsMs: number;
  changelogDiffMs: number;
  publishMs: number;
  buildSnapshotMs: number;
  /** Null when the FOSDEM file was not measured (`fosdemFile: null`). */
  importFosdemMs: number | null;
  exportFosdemXmlMs: number | null;
  /** Median, p95 and runs of each figure above (which is the median). */
  timings: Record<"conflicts" | "changelogDiff" | "publish" | "buildSnapshot", Timing> & Partial<Record<"importFosdem" | "exportFosdemXml", Timing>>;
  /** What was measured: sessions checked, conflicts found, sessions the diff reported changed. */
  counts: { sessions: number; conflicts: number; changed: number; fosdemEvents: number | null };
}

export const FOSDEM_FILE = path.resolve(import.meta.dirname, "../../../shared/data/real/fosdem-2025.xml");
const benchViewer: Viewer = { userId: 0, email: "bench@podium.invalid", name: "bench", isPlatformAdmin: true, organizerOf: new Set(), memberOf: new Set(), speakerIds: new Set() };

/**
 * Measures on a copy of the database, so the conference is left as it was
 * (the diff edits sessions and publishing adds releases).
 */
export async function measureInProcess(db: Db, conferenceId: number, options: { fosdemFile?: string | null } = {}): Promise<InProcessFigures> {
  const copy = await copyToScratch(db);
  try {
    const work = copy.db;
    const { slug } = work.select({ slug: conferences.slug }).from(conferences).where(eq(conferences.id, conferenceId)).get()!;

    // As the schedule editor does: load once, then check the whole conference on every change.
    const input = conflictInput(loadScheduleEditor(work, benchViewer, slug)!);
    const conflicts = await measure(() => findConflicts(input), { runs: 50, warmup: 5 });

    if (!latestSnapshot(work, conferenceId)) await insertRelease(work, { conferenceId, version: "bench-base", userId: null });
    editSessions(work, conferenceId, 50);
    const buildSnapshot = await measure(() => buildReleaseSnapshot(work, conferenceId), { runs: 10, warmup: 1 });
    const previous = latestSnapshot(work, conferenceId)!;
    const next = buildReleaseSnapshot(work, conferenceId);
    const changelogDiff = await measure(() => diffReleases(previous, next), { runs: 30, warmup: 3 });
    let published = 0;
    const publish = await measure(() => insertRelease(work, { conferenceId, version: `bench-${++published}`, userId: null }), { runs: 5, warmup: 1 });

    const fosdem = options.fosdemFile === null ? null : await measureFosdem(options.fosdemFile ?? FOSDEM_FILE);
    const timings = { conflicts, changelogDiff, publish, buildSnapshot, ...fosdem?.timings };
    return {
      conflictsMs: conflicts.medianMs,
      changelogDiffMs: changelogDiff.medianMs,
      publishMs: publish.medianMs,
      buildSnapshotMs: buildSnapshot.medianMs,
      importFosdemMs: fosdem?.timings.importFosdem.medianMs ?? null,
      exportFosdemXmlMs: fosdem?.timings.exportFosdemXml.medianMs ?? null,
      timings,
      counts: { sessions: input.sessions.length, conflicts: findConflicts(input).length, changed: diffReleases(previous, next).changed.length, fosdemEvents: fosdem?.events ?? null },
    };
  } finally {
    copy.dispose();
  }
}

function conflictInput(data: NonNullable<ReturnType<typeof loadScheduleEditor>>): ConflictInput {
  return {
    conference: data.conference,
    forums: data.forums,
    sessions: data.sessions.map((s) => ({ ...s, startsAt: s.startsAt ? new Date(s.startsAt) : null, endsAt: s.endsAt ? new Date(s.endsAt) : null })),
    unavailability: data.unavailability.map((u) => ({ ...u, startsAt: new Date(u.startsAt), endsAt: new Date(u.endsAt) })),
  };
}

function latestSnapshot(db: Db, conferenceId: number) {
  return findLatestRelease(db, conferenceId)?.snapshot;
}

/** Moves every other one of `count` sessions spread over the programme 15 minutes later and retitles the rest. */
function editSessions(db: Db, conferenceId: number, count: number): void {
  const forumIds = listForumIds(db, conferenceId);
  const rows = db.select().from(sessions).where(and(inArray(sessions.forumId, forumIds), ne(sessions.status, "draft"))).orderBy(sessions.id).all();
  const step = Math.max(1, Math.floor(rows.length / count));
  db.transaction((tx) => {
    rows.filter((_, i) => i % step === 0).slice(0, count).forEach((s, i) => {
      const change = i % 2 === 0 && s.startsAt && s.endsAt
        ? { startsAt: new Date(s.startsAt.getTime() + 15 * 60_000), endsAt: new Date(s.endsAt.getTime() + 15 * 60_000) }
        : { title: `${s.title}（更新）` };
      tx.update(sessions).set({ ...change, version: s.version + 1 }).where(eq(sessions.id, s.id)).run();
    });
  });
}

/** FOSDEM 2025 (943 events): parse and import into a fresh database, then export its last release as schedule XML. */
async function measureFosdem(file: string) {
  const xml = fs.readFileSync(file, "utf8");
  const scratches: ScratchDatabase[] = [];
  let slug = "";
  let events = 0;
  try {
    const importFosdem = await measure(
      (scratch: ScratchDatabase) => {
        const parsed = parseScheduleXml(xml);
        events = parsed.document.events.length;
        slug = importSchedule(scratch.db, null, parsed, { trusted: true }).conference.slug;
      },
      { runs: 3, warmup: 1, before: async () => scratches[scratches.push(await openScratchDatabase()) - 1] },
    );
    const last = scratches.at(-1)!;
    const { id } = last.db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get()!;
    await insertRelease(last.db, { conferenceId: id, version: "v1", userId: null });
    const exportOptions = { draft: false, origin: "http://localhost:3000", locale: "en" as const, now: new Date("2025-02-01T00:00:00Z") };
    const exportFosdemXml = await measure(() => exportConference(last.db, slug, "xml", exportOptions), { runs: 10, warmup: 2 });
    return { timings: { importFosdem, exportFosdemXml }, events };
  } finally {
    for (const s of scratches) s.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scratch = await openScratchDatabase();
  try {
    const { conferenceId } = generateConferenceInto(scratch.db, { publish: true });
    const figures = await measureInProcess(scratch.db, conferenceId);
    const { timings, counts } = figures;
    console.log(`${counts.sessions} sessions, ${counts.conflicts} conflicts; diff found ${counts.changed} changed sessions; FOSDEM ${counts.fosdemEvents} events`);
    for (const [name, t] of Object.entries(timings)) console.log(`${name.padEnd(16)} median ${t.medianMs.toFixed(2).padStart(9)} ms   p95 ${t.p95Ms.toFixed(2).padStart(9)} ms   (${t.runs} runs)`);
  } finally {
    scratch.dispose();
  }
}

import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { writeImport } from "./import-transaction";
import { recordAudit } from "../audit";
import { conferences } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { conferenceSlug, newConferenceZone, plannedGroups } from "@/lib/interop/import-plan";
import { type ImportSummary, noCounts } from "@/lib/interop/import-summary";
import type { ParsedSchedule } from "@/lib/interop/schedule-document";
import { createConference, publishImported, widenDates } from "./import-conference";
import { upsertSpeakers } from "./import-people";
import { upsertForums, upsertRooms, upsertTracks } from "./import-places";
import { upsertSessions } from "./import-sessions";

export type { ImportCounts, ImportSummary } from "@/lib/interop/import-summary";

export interface ImportOptions {
  /** Import into this conference (created when missing); default: the file's acronym. */
  conference?: string;
  /** Do everything, report it, then roll it all back. */
  dryRun?: boolean;
  /** Publish a release of the imported programme in the same transaction, named so. */
  publish?: string | null;
  /** Time zone when the file names none. */
  timeZone?: string;
  /** The command line runs with the shell's authority; everything else names a viewer. */
  trusted?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The applying step of an import: writes a read and mapped schedule into a conference in
 * one transaction — rooms and tracks by name, forums by slug, speakers and sessions by
 * guid — so importing the same file again updates in place and never duplicates. A file
 * that would lose data stops everything (ScheduleFormatError) and writes nothing.
 */
export function importSchedule(
  db: Conn,
  viewer: Viewer | null,
  parsed: ParsedSchedule,
  options: ImportOptions = {},
): ImportSummary {
  const started = performance.now();
  const now = options.now ?? new Date();
  const { document } = parsed;
  const slug = conferenceSlug(document, options.conference);
  const existing = db.select().from(conferences).where(eq(conferences.slug, slug)).get();
  if (!options.trusted) {
    if (existing) assertCan(viewer, { action: "conference.manage", conferenceId: existing.id });
    else assertCan(viewer, { action: "conference.create" });
  }

  const summary: ImportSummary = {
    conference: { slug, created: !existing },
    created: noCounts(),
    updated: noCounts(),
    unchanged: noCounts(),
    ignored: parsed.ignored,
    decisions: parsed.decisions ?? [],
    notes: [],
    release: null,
    dryRun: Boolean(options.dryRun),
    durationMs: 0,
  };
  let timeZone = existing?.timeZone;
  if (!timeZone) {
    const chosen = newConferenceZone(document.conference.timeZone, options.timeZone);
    timeZone = chosen.zone;
    if (chosen.note) summary.notes.push(chosen.note);
  }
  const userId = viewer?.userId ?? null;

  writeImport(db, options.dryRun, (tx) => {
    const conferenceId = existing?.id ?? createConference(tx, slug, timeZone, document, options.publish != null);
    if (existing) widenDates(tx, existing, document.events, timeZone);
    const { groups, groupOf } = plannedGroups(document, timeZone);
    const target = { t: tx, conferenceId, document, summary };
    upsertSessions(tx, {
      conferenceId,
      acronym: document.conference.acronym,
      events: document.events,
      roomIds: upsertRooms(target),
      trackIds: upsertTracks(target),
      forumIds: upsertForums(target, groups),
      speakerIds: upsertSpeakers(target, userId),
      groupOf,
      summary,
      onProgress: options.onProgress,
    });
    recordAudit(tx, {
      userId,
      conferenceId,
      action: "schedule.import",
      entityType: "conference",
      entityId: conferenceId,
      details: { title: slug, created: summary.created, updated: summary.updated },
    });
    if (options.publish != null)
      summary.release = publishImported(tx, { conferenceId, given: options.publish, userId, now });
  });
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

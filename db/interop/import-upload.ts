import { eq } from "drizzle-orm";
import type { WriteContext } from "../mutations/pipeline";
import { refuse, type Result } from "../mutations/pipeline";
import { releaseVersionSchema } from "@/lib/release/version";
import { conferences } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { problemsOf } from "@/lib/errors/zod-problems";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import type { ImportSummary } from "@/lib/interop/import-summary";
import { type ImportOutcome, MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "@/lib/interop/import-upload";
import { decodeUpload, isSpeakersCsv, parseSchedule } from "@/lib/interop/parse-schedule";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { canonicalZone } from "@/lib/interop/time-zones";
import { MissingTimeZoneError } from "@/lib/interop/zone-reader";
import { importSchedule } from "./import-schedule";
import { importSpeakers, type SpeakerImportSummary } from "./import-speakers";

export interface Upload {
  file: FormDataEntryValue | null;
  /** A dry run that writes nothing, or the import itself. */
  preview: boolean;
  /** The release to publish with the import; null publishes none. */
  publish: string | null;
  /** The zone the organizer picked for a file whose times carry none ("" when none was picked). */
  timeZone: string;
}

/**
 * An upload on the import page, previewed or applied to a conference: organizers only,
 * checked before a byte of the file is read. A schedule file is read (its zone, when it
 * has none, the one picked or the conference's), mapped and applied; a speakers CSV
 * updates the speakers. A file that would lose data is refused, naming the place.
 */
export async function importUpload(
  ctx: WriteContext & { viewer: Viewer },
  conferenceId: number,
  upload: Upload,
): Promise<Result<ImportOutcome>> {
  const { db, viewer } = ctx;
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const conference = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
  if (!conference) return refuse.notFound();
  const { file } = upload;
  if (!(file instanceof File) || file.size === 0) return refuse.field("file", "chooseFile");
  if (file.size > MAX_IMPORT_BYTES)
    return refuse.field("file", "fileTooLarge", { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_MB });
  if (upload.publish !== null) {
    const checked = releaseVersionSchema.safeParse(upload.publish);
    if (!checked.success) return { ok: false, problem: { code: "checkFields" }, fields: problemsOf(checked.error) };
  }
  const named = upload.timeZone ? canonicalZone(upload.timeZone) : null;
  if (upload.timeZone && !named) return refuse.field("timeZone", "invalidTimeZone");
  const fileName = file.name;
  try {
    const text = decodeUpload(new Uint8Array(await file.arrayBuffer()), fileName);
    if (isSpeakersCsv(fileName, text)) {
      const result = importSpeakers(db, viewer, conference.id, parseSpeakersCsv(text), { dryRun: upload.preview });
      // Speaker profiles show in the published pages only with the next release.
      return { ok: true, value: { fileName, summary: speakersSummary(conference.slug, result), events: 0 } };
    }
    const csvConference = {
      acronym: conference.slug,
      title: conference.name,
      timeZone: named?.zone ?? conference.timeZone,
    };
    const read = (defaultTimeZone: string | null) =>
      parseSchedule(fileName, text, csvConference, {
        timeZone: named?.zone,
        defaultTimeZone,
        conferenceDates: conference,
      });
    // A file without any zone is read in the conference's, and the page offers to name another.
    let floating = false;
    let parsed;
    try {
      parsed = read(null);
    } catch (error) {
      if (!(error instanceof MissingTimeZoneError)) throw error;
      floating = true;
      parsed = read(conference.timeZone);
    }
    const summary = importSchedule(db, viewer, parsed, {
      conference: conference.slug,
      dryRun: upload.preview,
      publish: upload.publish,
    });
    const timeZone = floating || named ? (named?.zone ?? conference.timeZone) : undefined;
    return {
      ok: true,
      value: { fileName, summary, events: parsed.document.events.length, ...(timeZone ? { timeZone } : {}) },
    };
  } catch (error) {
    if (error instanceof ScheduleFormatError) return { ok: true, value: { fileName, refusal: error.refusal } };
    throw error;
  }
}

/** A speakers CSV's result in the shape of a schedule import's summary: only speakers change. */
function speakersSummary(slug: string, s: SpeakerImportSummary): ImportSummary {
  const none = { rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 };
  return {
    conference: { slug, created: false },
    created: { ...none, speakers: s.created },
    updated: { ...none, speakers: s.updated },
    unchanged: { ...none, speakers: s.unchanged },
    ignored: s.ignored,
    decisions: [],
    notes: [],
    release: null,
    dryRun: s.dryRun,
    durationMs: s.durationMs,
  };
}

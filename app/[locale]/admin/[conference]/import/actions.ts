"use server";

import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { importSchedule, type ImportSummary } from "@/db/interop/import-schedule";
import { importSpeakers, type SpeakerImportSummary } from "@/db/interop/import-speakers";
import { releaseVersionSchema } from "@/db/mutations/publish-release";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import { CsvLimitError } from "@/lib/interop/csv-table";
import { MAX_IMPORT_BYTES, type ImportFormState } from "@/lib/interop/import-form-state";
import {
  decodeUpload,
  isSpeakersCsv,
  NotUtf8CsvError,
  parseSchedule,
  UnsupportedFormatError,
} from "@/lib/interop/parse-schedule";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { canonicalZone } from "@/lib/interop/time-zones";
import { MissingTimeZoneError } from "@/lib/interop/zone-reader";

/**
 * Previews (`intent=preview`, a dry run) or applies an uploaded schedule to
 * this conference. Organizers only, checked before the file is read: a file is
 * parsed only for someone who may import it. A file that would lose data stops
 * the import with the place named, and nothing is written.
 */
export async function importScheduleAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const viewer = await getViewer();
  const slug = String(formData.get("$conference") ?? "");
  const conference = viewer ? findWorkspaceConference(getDb(), viewer, slug) : null;
  if (!viewer || !conference || !can(viewer, { action: "conference.manage", conferenceId: conference.id }))
    return { status: "error", message: "forbidden" };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", refusal: { key: "noFile" } };
  if (file.size > MAX_IMPORT_BYTES)
    return { status: "error", refusal: { key: "tooLarge", size: (file.size / 1024 / 1024).toFixed(1) } };
  const preview = formData.get("intent") !== "apply";
  const publish = formData.get("publish") === "on" && !preview;
  const version = String(formData.get("version") ?? "").trim();
  if (publish) {
    const checked = releaseVersionSchema.safeParse(version);
    if (!checked.success) return { status: "error", fieldErrors: { version: checked.error.issues[0]!.message } };
  }
  const picked = String(formData.get("timeZone") ?? "").trim();
  const named = picked ? canonicalZone(picked) : null;
  if (picked && !named) return { status: "error", refusal: { key: "badTimeZone" } };
  try {
    const text = decodeUpload(new Uint8Array(await file.arrayBuffer()), file.name);
    if (isSpeakersCsv(file.name, text)) {
      const result = importSpeakers(getDb(), viewer, conference.id, parseSpeakersCsv(text), { dryRun: preview });
      // Speaker profiles show in the published pages only with the next release: nothing to revalidate.
      return { status: "saved", summary: asImportSummary(conference.slug, result), fileName: file.name, events: 0 };
    }
    const csvConference = {
      acronym: conference.slug,
      title: conference.name,
      timeZone: named?.zone ?? conference.timeZone,
    };
    const read = (defaultTimeZone: string | null) =>
      parseSchedule(file.name, text, csvConference, {
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
    const summary = importSchedule(getDb(), viewer, parsed, {
      conference: conference.slug,
      dryRun: preview,
      publish: publish ? version : null,
    });
    return {
      status: "saved",
      summary,
      fileName: file.name,
      events: parsed.document.events.length,
      ...(floating || named ? { timeZone: named?.zone ?? conference.timeZone } : {}),
    };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    if (error instanceof CsvLimitError)
      return { status: "error", refusal: { key: "cellTooLong", line: error.line, max: error.limit } };
    if (error instanceof UnsupportedFormatError) return { status: "error", refusal: { key: "unsupported" } };
    if (error instanceof NotUtf8CsvError) return { status: "error", refusal: { key: "notUtf8Csv" } };
    if (error instanceof ScheduleFormatError) return { status: "error", fieldErrors: { file: error.message } };
    throw error;
  }
}

const none = { rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 };
function asImportSummary(slug: string, s: SpeakerImportSummary): ImportSummary {
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

"use server";

import { updateTag } from "next/cache";
import { getDb } from "@/db";
import { getCurrentActor } from "@/db/auth/current-actor";
import { importSchedule, type ImportSummary } from "@/db/interop/import-schedule";
import { importSpeakers, type SpeakerImportSummary } from "@/db/interop/import-speakers";
import { parseSpeakersCsv } from "@/lib/interop/csv-import";
import { conferencesTag, conferenceTag } from "@/db/queries/public";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { ForbiddenError } from "@/lib/auth/permissions";
import { MAX_IMPORT_BYTES, type ImportFormState } from "@/lib/interop/import-form-state";
import { isSpeakersCsv, parseSchedule } from "@/lib/interop/parse-schedule";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { releaseVersionSchema } from "@/db/mutations/publish-release";
import { invalidatePublicPages } from "@/lib/serving/invalidate";

/**
 * Previews (`intent=preview`, a dry run) or applies an uploaded schedule to
 * this conference. Organizers only — importSchedule checks; a file that would
 * lose data stops the import with the place named, and nothing is written.
 */
export async function importScheduleAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const current = await getCurrentActor();
  const slug = String(formData.get("$conference") ?? "");
  const conference = current ? findWorkspaceConference(getDb(), current.actor, slug) : null;
  if (!current || !conference) return { status: "error", message: "forbidden" };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { file: "Choose a schedule file (XML, JSON or CSV)." } };
  if (file.size > MAX_IMPORT_BYTES) return { status: "error", fieldErrors: { file: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; imports may be at most 5 MB.` } };
  const preview = formData.get("intent") !== "apply";
  const publish = formData.get("publish") === "on" && !preview;
  const version = String(formData.get("version") ?? "").trim();
  if (publish) {
    const checked = releaseVersionSchema.safeParse(version);
    if (!checked.success) return { status: "error", fieldErrors: { version: checked.error.issues[0]!.message } };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    if (isSpeakersCsv(file.name, text)) {
      const parsedSpeakers = parseSpeakersCsv(text);
      const result = importSpeakers(getDb(), current.actor, conference.id, parsedSpeakers, { dryRun: preview });
      // Speaker profiles show in the published pages only with the next release: nothing to revalidate.
      return { status: "saved", summary: asImportSummary(conference.slug, result), fileName: file.name, events: 0 };
    }
    const parsed = parseSchedule(file.name, text, { acronym: conference.slug, title: conference.name, timeZone: conference.timeZone });
    const summary = importSchedule(getDb(), current.actor, parsed, { conference: conference.slug, dryRun: preview, publish: publish ? version : null });
    if (!preview) {
      updateTag(conferenceTag(conference.slug));
      invalidatePublicPages(conference.slug);
      updateTag(conferencesTag);
    }
    return { status: "saved", summary, fileName: file.name, events: parsed.document.events.length };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    if (error instanceof ScheduleFormatError) return { status: "error", fieldErrors: { file: error.message } };
    if (error instanceof TypeError && /decode|encoded/i.test(error.message)) return { status: "error", fieldErrors: { file: "The file is not UTF-8 text. Save it as UTF-8 and try again." } };
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
    notes: [],
    release: null,
    dryRun: s.dryRun,
    durationMs: s.durationMs,
  };
}

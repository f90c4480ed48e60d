import { and, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { writeImport } from "./import-transaction";
import { recordAudit } from "../audit";
import { conferences, speakerUnavailability, speakers } from "../schema";
import { withEnglish } from "@/lib/admin/form-input";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { uniqueSlug } from "@/lib/interop/import-plan";
import { at, atPath, type ImportNote } from "@/lib/interop/import-report";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import type { SpeakerCsvRow } from "@/lib/interop/csv-import";
import { zonedToInstant } from "@/lib/time/zoned";

export interface SpeakerImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  ignored: ImportNote[];
  dryRun: boolean;
  durationMs: number;
}

/**
 * Applies a speakers CSV to a conference's speakers in one transaction: each
 * row updates the profile with its guid, else its slug, else adds one; only
 * the columns the file has are touched. Unavailability rows replace the
 * speaker's times at this conference. Organizers of the conference only.
 */
export function importSpeakers(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  parsed: { rows: SpeakerCsvRow[]; ignored: ImportNote[] },
  options: { dryRun?: boolean; trusted?: boolean } = {},
): SpeakerImportSummary {
  if (!options.trusted) assertCan(viewer, { action: "conference.manage", conferenceId });
  const started = performance.now();
  const summary: SpeakerImportSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    ignored: [...parsed.ignored],
    dryRun: Boolean(options.dryRun),
    durationMs: 0,
  };
  const conference = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
  if (!conference) throw new ScheduleFormatError("noSuchConference", atPath(String(conferenceId)));
  writeImport(db, options.dryRun, (t) => {
    // Rows are matched among this conference's speakers only; a guid or slug of another conference is a new profile here.
    const ours = (column: typeof speakers.guid | typeof speakers.slug, value: string | null | undefined) =>
      value
        ? t
            .select()
            .from(speakers)
            .where(and(eq(speakers.conferenceId, conferenceId), eq(column, value)))
            .get()
        : undefined;
    const taken = new Set(
      t
        .select({ slug: speakers.slug })
        .from(speakers)
        .where(eq(speakers.conferenceId, conferenceId))
        .all()
        .map((s) => s.slug),
    );
    for (const row of parsed.rows) {
      const found = ours(speakers.guid, row.guid) ?? ours(speakers.slug, row.slug);
      const en = { name: row.nameEn, position: row.positionEn, organization: row.organizationEn, bio: row.bioEn };
      const given = Object.fromEntries(Object.entries(en).filter(([, v]) => v !== undefined)) as Partial<
        Record<keyof typeof en, string>
      >;
      const values = {
        name: row.name,
        ...(row.position !== undefined ? { position: row.position } : {}),
        ...(row.organization !== undefined ? { organization: row.organization } : {}),
        ...(row.bio !== undefined ? { bio: row.bio } : {}),
        ...(row.links !== undefined ? { links: row.links } : {}),
        ...(row.photo !== undefined ? { photo: row.photo } : {}),
      };
      let speakerId: number;
      if (found) {
        const translations = withEnglish(found.translations, {
          name: found.translations.en?.name ?? "",
          position: found.translations.en?.position ?? "",
          organization: found.translations.en?.organization ?? "",
          bio: found.translations.en?.bio ?? "",
          ...given,
        });
        const changed =
          Object.entries(values).some(
            ([k, v]) => JSON.stringify(v) !== JSON.stringify(found[k as keyof typeof found]),
          ) || JSON.stringify(translations) !== JSON.stringify(found.translations);
        speakerId = found.id;
        // A profile its speaker maintains keeps the speaker's words: the row is skipped, and said so.
        if (changed && found.userId !== null) {
          summary.ignored.push({
            code: "csvOwnProfile",
            values: { name: found.name },
            at: [at.line(row.line)],
            count: 1,
          });
          summary.unchanged += 1;
          continue;
        }
        if (changed) {
          t.update(speakers)
            .set({ ...values, translations })
            .where(eq(speakers.id, found.id))
            .run();
          recordAudit(t, {
            userId: viewer?.userId ?? null,
            conferenceId,
            action: "speaker.import",
            entityType: "speaker",
            entityId: found.id,
            details: { title: row.name, line: row.line },
          });
          summary.updated += 1;
        } else summary.unchanged += 1;
      } else {
        const slug = row.slug && !taken.has(row.slug) ? row.slug : uniqueSlug(row.name, "speaker", taken);
        taken.add(slug);
        const translations = withEnglish({}, { name: "", position: "", organization: "", bio: "", ...given });
        speakerId = t
          .insert(speakers)
          .values({
            ...values,
            conferenceId,
            slug,
            translations,
            createdByUserId: viewer?.userId ?? null,
            ...(row.guid ? { guid: row.guid } : {}),
          })
          .returning({ id: speakers.id })
          .get().id;
        recordAudit(t, {
          userId: viewer?.userId ?? null,
          conferenceId,
          action: "speaker.import",
          entityType: "speaker",
          entityId: speakerId,
          details: { title: row.name, line: row.line, created: true },
        });
        summary.created += 1;
      }
      if (row.unavailability !== undefined) {
        t.delete(speakerUnavailability)
          .where(
            and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)),
          )
          .run();
        const windows = row.unavailability.map((w) => ({
          speakerId,
          conferenceId,
          startsAt: zonedToInstant(w.startsAt, conference.timeZone),
          endsAt: zonedToInstant(w.endsAt, conference.timeZone),
          note: w.note,
        }));
        if (windows.length) t.insert(speakerUnavailability).values(windows).run();
      }
    }
  });
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

import { count, eq } from "drizzle-orm";
import type { Conn, Db } from "../connection";
import { importSchedule, type ImportSummary } from "../interop/import-schedule";
import { importSpeakers } from "../interop/import-speakers";
import { insertReleaseInTransaction } from "../releases/publish";
import { conferences, releases } from "../schema";
import { generateConference, generateSpeakerProfiles, GENERATED_TIME_ZONE, type GenerateConferenceOptions } from "@/lib/bench/generate-conference";
import type { SpeakerCsvRow } from "@/lib/interop/csv-import";
import { personGuid } from "@/lib/interop/import-plan";
import type { ScheduleDocument } from "@/lib/interop/schedule-document";

export interface GenerateIntoOptions extends Partial<GenerateConferenceOptions> {
  /** Make the conference public and publish its programme: `v1`, or the next `vN` when regenerating. */
  publish?: boolean;
}

export interface GeneratedConference {
  conferenceId: number;
  slug: string;
  document: ScheduleDocument;
  summary: ImportSummary;
  /** The release published, if asked. */
  release: string | null;
}

/**
 * Generates a conference and writes it into a migrated database the way an
 * organizer would load one from files, in one transaction with the shell's
 * authority: the schedule import, then the speakers import for what a schedule
 * file cannot say (organizations, positions, unavailable afternoons), then the
 * release. Used by `npm run generate`, the bench and tests.
 */
export function generateConferenceInto(db: Db, options: GenerateIntoOptions = {}): GeneratedConference {
  const { publish = false, ...generate } = options;
  const document = generateConference(generate);
  const profiles = generateSpeakerProfiles(generate);
  const { acronym } = document.conference;
  return db.transaction((t) => {
    const summary = importSchedule(t, null, { document, ignored: [] }, { trusted: true, timeZone: GENERATED_TIME_ZONE });
    const conferenceId = t.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, summary.conference.slug)).get()!.id;
    const rows = profiles.map(
      (p, i): SpeakerCsvRow => ({
        line: i + 2,
        guid: personGuid(acronym, { name: p.name, guid: null, id: p.id, role: null }),
        slug: null,
        name: p.name,
        position: p.position.zh,
        positionEn: p.position.en,
        organization: p.organization.zh,
        organizationEn: p.organization.en,
        unavailability: p.unavailable,
      }),
    );
    importSpeakers(t, null, conferenceId, { rows, ignored: [] }, { trusted: true });
    let release: string | null = null;
    if (publish) {
      release = `v${releaseCount(t, conferenceId) + 1}`;
      t.update(conferences).set({ published: true }).where(eq(conferences.id, conferenceId)).run();
      insertReleaseInTransaction(t, { conferenceId, version: release, userId: null });
    }
    return { conferenceId, slug: summary.conference.slug, document, summary, release };
  });
}

function releaseCount(db: Conn, conferenceId: number): number {
  return db.select({ n: count() }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()!.n;
}

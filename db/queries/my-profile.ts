import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { conferences, forums, sessionPeople, sessions, speakerUnavailability, speakers, type Speaker } from "../schema";
import { latestReleasesShowing } from "../releases/refresh-speaker";
import { localDateTimeOf } from "@/lib/admin/form-input";
import type { Actor } from "@/lib/auth/permissions";

export interface MyConference {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  /** The speaker's page is public there (latest release of a public conference shows them). */
  publicSpeakerPage: boolean;
  /** Unavailable times, as local date-times of the conference's zone. */
  unavailability: Array<{ startsAt: string; endsAt: string; note: string }>;
}

/**
 * The profile the signed-in account owns, with the conferences where the
 * speaker takes part (confirmed or cancelled sessions; drafts stay with the
 * organizers). Null when the account owns no profile.
 */
export function findMyProfile(db: Db, actor: Actor | null): { speaker: Speaker; conferences: MyConference[] } | null {
  if (!actor?.speakerId) return null;
  const speaker = db.select().from(speakers).where(eq(speakers.id, actor.speakerId)).get();
  if (!speaker) return null;
  const taking = db
    .selectDistinct({ id: conferences.id, slug: conferences.slug, name: conferences.name, timeZone: conferences.timeZone, startDate: conferences.startDate, endDate: conferences.endDate })
    .from(sessionPeople)
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
    .where(and(eq(sessionPeople.speakerId, speaker.id), ne(sessions.status, "draft")))
    .orderBy(asc(conferences.startDate), asc(conferences.id))
    .all();
  const windows = taking.length
    ? db
        .select()
        .from(speakerUnavailability)
        .where(and(eq(speakerUnavailability.speakerId, speaker.id), inArray(speakerUnavailability.conferenceId, taking.map((c) => c.id))))
        .orderBy(asc(speakerUnavailability.startsAt))
        .all()
    : [];
  const shown = new Set(latestReleasesShowing(db, speaker.id).filter((r) => r.published).map((r) => r.conferenceId));
  return {
    speaker,
    conferences: taking.map((c) => ({
      ...c,
      publicSpeakerPage: shown.has(c.id),
      unavailability: windows.filter((w) => w.conferenceId === c.id).map((w) => ({ startsAt: localDateTimeOf(w.startsAt, c.timeZone), endsAt: localDateTimeOf(w.endsAt, c.timeZone), note: w.note })),
    })),
  };
}

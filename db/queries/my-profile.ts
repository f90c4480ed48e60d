import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { conferences, forums, sessionPeople, sessions, speakerUnavailability, speakers, type Speaker } from "../schema";
import { latestReleaseShowing } from "../releases/refresh-speaker";
import { conferenceSummaryColumns } from "./conferences";
import { takingPart } from "./my-sessions";
import { localDateTimeOf } from "@/lib/admin/form-input";
import type { Viewer } from "@/lib/auth/permissions";

export interface MyConference {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  /** The speaker's profile at this conference (unavailability is kept per profile). */
  speakerId: number;
  /** The speaker's page is public there (latest release of a public conference shows them). */
  publicSpeakerPage: boolean;
  /** Unavailable times, as local date-times of the conference's zone. */
  unavailability: Array<{ startsAt: string; endsAt: string; note: string }>;
}

/**
 * The profiles the signed-in account keeps — one per conference; the form shows the
 * most recently changed, and saving it updates them all — with the conferences where
 * the speaker takes part (confirmed or cancelled sessions; drafts stay with the
 * organizers). Null when the account keeps no profile.
 */
export function findMyProfile(db: Db, viewer: Viewer | null): { speaker: Speaker; conferences: MyConference[] } | null {
  if (!viewer || viewer.speakerIds.size === 0) return null;
  const profiles = db
    .select()
    .from(speakers)
    .where(inArray(speakers.id, [...viewer.speakerIds]))
    .orderBy(desc(speakers.updatedAt), desc(speakers.id))
    .all();
  if (profiles.length === 0) return null;
  const taking = db
    .selectDistinct({ ...conferenceSummaryColumns, speakerId: speakers.id })
    .from(sessionPeople)
    .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
    .where(takingPart(profiles.map((p) => p.id)))
    .orderBy(asc(conferences.startDate), asc(conferences.id))
    .all();
  const windows = taking.length
    ? db
        .select()
        .from(speakerUnavailability)
        .where(
          inArray(
            speakerUnavailability.speakerId,
            taking.map((c) => c.speakerId),
          ),
        )
        .orderBy(asc(speakerUnavailability.startsAt))
        .all()
    : [];
  return {
    speaker: profiles[0]!,
    conferences: taking.map((c) => ({
      ...c,
      publicSpeakerPage: latestReleaseShowing(db, c.speakerId)?.published ?? false,
      unavailability: windows
        .filter((w) => w.speakerId === c.speakerId && w.conferenceId === c.id)
        .map((w) => ({
          startsAt: localDateTimeOf(w.startsAt, c.timeZone),
          endsAt: localDateTimeOf(w.endsAt, c.timeZone),
          note: w.note,
        })),
    })),
  };
}

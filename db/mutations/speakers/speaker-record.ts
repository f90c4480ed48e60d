import { and, asc, eq } from "drizzle-orm";
import type { Conn } from "../../connection";
import { assertCanEnterConference } from "../../auth/viewer";
import { loadSpeakerScope } from "../../auth/speaker-scope";
import { findTimeZone } from "../../queries/conferences";
import { speakerUnavailability, type Speaker } from "../../schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import type { Viewer } from "@/lib/auth/permissions";
import { pairWithEnglish } from "@/lib/domain/translations";
import { assertCanEditSpeaker } from "@/lib/auth/speaker-permissions";

// What the speaker writes share: who may write a speaker of a conference, and how a
// speaker reads in the audit log (unavailability as local times of the conference).

export type Window = { startsAt: Date; endsAt: Date; note: string };

export function windowsOf(db: Conn, speakerId: number, conferenceId: number): Window[] {
  return db
    .select({
      startsAt: speakerUnavailability.startsAt,
      endsAt: speakerUnavailability.endsAt,
      note: speakerUnavailability.note,
    })
    .from(speakerUnavailability)
    .where(and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)))
    .orderBy(asc(speakerUnavailability.startsAt))
    .all();
}

/** Unavailable times as the audit log keeps them: local times of the conference, with the note. */
export const windowsAsText = (windows: Window[], timeZone: string) =>
  windows.map(
    (w) =>
      `${localDateTimeOf(w.startsAt, timeZone)}–${localDateTimeOf(w.endsAt, timeZone)}${w.note ? ` ${w.note}` : ""}`,
  );

/** A speaker as the form shows it; the audit log keeps these fields. */
export function speakerView(s: Speaker, windows: Window[], timeZone: string) {
  return {
    slug: s.slug,
    ...pairWithEnglish(s, ["name", "position", "organization"]),
    organizationId: s.organizationId,
    ...pairWithEnglish(s, ["bio"]),
    photo: s.photo,
    links: s.links,
    unavailability: windowsAsText(windows, timeZone),
  };
}
export type SpeakerView = ReturnType<typeof speakerView>;
export const viewFields = Object.keys(speakerView({ translations: {} } as Speaker, [], "UTC")) as Array<
  keyof SpeakerView
>;

export const conferenceZone = (db: Conn, conferenceId: number) => findTimeZone(db, conferenceId)!;

/**
 * Anyone working in the conference may add a speaker; changing one follows canEditSpeaker.
 * Null when the speaker is not this conference's.
 */
export function authorizeSpeaker(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number | null,
): { speakerId: number | null } | null {
  assertCanEnterConference(db, viewer, conferenceId);
  if (speakerId === null) return { speakerId };
  const scope = loadSpeakerScope(db, speakerId);
  if (!scope || scope.conferenceId !== conferenceId) return null;
  assertCanEditSpeaker(viewer, scope);
  return { speakerId };
}

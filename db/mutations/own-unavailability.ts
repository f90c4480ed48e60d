import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { conferences, forums, sessionPeople, sessions, speakerUnavailability, speakers } from "../schema";
import { unavailableRow, windowsOf } from "./speakers";
import type { WriteResult } from "./write-result";
import { invalidOf, jsonRows, localDateTimeOf } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { zonedToInstant } from "@/lib/time/zoned";

export const ownUnavailabilitySchema = z.object({ unavailability: jsonRows(unavailableRow, 50) });

/** Whether the speaker takes part in a (non-draft) session of the conference: the only conferences they may tell about their time. */
export function takesPartIn(db: Db, speakerId: number, conferenceId: number): boolean {
  return (
    db
      .select({ id: sessions.id })
      .from(sessionPeople)
      .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(
        and(
          eq(sessionPeople.speakerId, speakerId),
          eq(forums.conferenceId, conferenceId),
          ne(sessions.status, "draft"),
        ),
      )
      .limit(1)
      .get() !== undefined
  );
}

const asText = (windows: Array<{ startsAt: Date; endsAt: Date; note: string }>, timeZone: string) =>
  windows.map(
    (w) =>
      `${localDateTimeOf(w.startsAt, timeZone)}–${localDateTimeOf(w.endsAt, timeZone)}${w.note ? ` ${w.note}` : ""}`,
  );

/**
 * Replaces the times the signed-in speaker cannot speak at one conference
 * (local times of the conference). Only for their own profile, and only at a
 * conference where they take part; the conference's log records it.
 */
export function updateOwnUnavailability(
  db: Db,
  viewer: Viewer | null,
  speakerId: number,
  conferenceId: number,
  input: { unavailability: string },
): WriteResult<null> | ReturnType<typeof invalidOf> {
  assertCan(viewer, { action: "speaker.editOwn", speakerId });
  const conference = db
    .select({ timeZone: conferences.timeZone })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .get();
  // Each profile belongs to one conference: times are told to that conference only.
  const profile = db
    .select({ conferenceId: speakers.conferenceId })
    .from(speakers)
    .where(eq(speakers.id, speakerId))
    .get();
  if (!conference || profile?.conferenceId !== conferenceId || !takesPartIn(db, speakerId, conferenceId))
    return { ok: false, reason: "not-found" };
  const parsed = ownUnavailabilitySchema.safeParse(input);
  if (!parsed.success) return invalidOf(parsed.error);
  const windows = parsed.data.unavailability.map((w) => ({
    startsAt: zonedToInstant(w.startsAt, conference.timeZone),
    endsAt: zonedToInstant(w.endsAt, conference.timeZone),
    note: w.note,
  }));
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = windowsOf(t, speakerId, conferenceId);
    t.delete(speakerUnavailability)
      .where(and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)))
      .run();
    if (windows.length)
      t.insert(speakerUnavailability)
        .values(windows.map((w) => ({ ...w, speakerId, conferenceId })))
        .run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "speaker.unavailability-own",
      entityType: "speaker",
      entityId: speakerId,
      changes: fieldChanges(
        { unavailability: asText(before, conference.timeZone) },
        { unavailability: asText(windows, conference.timeZone) },
        ["unavailability"],
      ),
      details: {
        title: t.select({ name: speakers.name }).from(speakers).where(eq(speakers.id, speakerId)).get()?.name ?? "",
      },
    });
    return { ok: true, value: null } as const;
  });
}

import { and, count, eq, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { forums, sessions, tracks, type Track } from "../schema";
import { trackInsertSchema } from "../validation";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import {
  deletedChanges,
  invalidField,
  invalidForm,
  optionalText,
  positionSchema,
  withTranslation,
  type FormText,
  type Invalid,
} from "./form-fields";
import type { WriteResult } from "./write-result";

export const trackFormSchema = trackInsertSchema.pick({ name: true, slug: true, color: true }).extend({
  nameEn: optionalText(120),
  position: positionSchema,
});
export type TrackForm = FormText<typeof trackFormSchema>;

const editable = ["name", "slug", "color", "position", "translations"] as const;

/** Creates or updates a track of a conference. Organizers only; slugs are unique within the conference. */
export function saveTrack(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  trackId: number | null,
  input: TrackForm,
): WriteResult<Track> | Invalid {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const parsed = trackFormSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error);
  const { nameEn, ...fields } = parsed.data;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const clash = t
      .select({ id: tracks.id })
      .from(tracks)
      .where(
        and(
          eq(tracks.conferenceId, conferenceId),
          eq(tracks.slug, fields.slug),
          trackId ? ne(tracks.id, trackId) : undefined,
        ),
      )
      .get();
    if (clash) return invalidField("slug", "Another track of this conference has that slug.");
    if (trackId === null) {
      const track = t
        .insert(tracks)
        .values({ ...fields, conferenceId, translations: withTranslation({}, "en", "name", nameEn) })
        .returning()
        .get();
      recordAudit(t, {
        userId: viewer.userId,
        conferenceId,
        action: "track.create",
        entityType: "track",
        entityId: track.id,
        changes: fieldChanges({} as Track, track, editable),
        details: { title: track.name },
      });
      return { ok: true, value: track } as const;
    }
    const before = t
      .select()
      .from(tracks)
      .where(and(eq(tracks.id, trackId), eq(tracks.conferenceId, conferenceId)))
      .get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    const track = t
      .update(tracks)
      .set({ ...fields, translations: withTranslation(before.translations, "en", "name", nameEn) })
      .where(eq(tracks.id, trackId))
      .returning()
      .get();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "track.update",
      entityType: "track",
      entityId: track.id,
      changes: fieldChanges(before, track, editable),
      details: { title: track.name },
    });
    return { ok: true, value: track } as const;
  });
}

/**
 * Deletes a track, refusing while sessions use it and naming them. The schema
 * would quietly clear their track (set null); an organizer should decide instead.
 */
export function deleteTrack(db: Db, viewer: Viewer | null, conferenceId: number, trackId: number): WriteResult<null> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const track = t
      .select()
      .from(tracks)
      .where(and(eq(tracks.id, trackId), eq(tracks.conferenceId, conferenceId)))
      .get();
    if (!track) return { ok: false, reason: "not-found" } as const;
    const used = t.select({ n: count() }).from(sessions).where(eq(sessions.trackId, trackId)).get()?.n ?? 0;
    if (used > 0) {
      const titles = t
        .select({ title: sessions.title })
        .from(sessions)
        .where(eq(sessions.trackId, trackId))
        .limit(3)
        .all()
        .map((s) => `“${s.title}”`);
      return {
        ok: false,
        reason: "invalid",
        message: `“${track.name}” is still used by ${used} session(s): ${titles.join(", ")}${used > 3 ? ", …" : ""}. Move them to another track first.`,
      } as const;
    }
    t.delete(tracks).where(eq(tracks.id, trackId)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "track.delete",
      entityType: "track",
      entityId: trackId,
      changes: deletedChanges(track, editable),
      details: { title: track.name },
    });
    return { ok: true, value: null } as const;
  });
}

/** The tracks of a conference with how many sessions each holds. Organizers only. */
export function listTracks(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
): Array<Track & { sessionCount: number }> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = new Map(
    db
      .select({ trackId: sessions.trackId, n: count() })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(eq(forums.conferenceId, conferenceId))
      .groupBy(sessions.trackId)
      .all()
      .map((r) => [r.trackId, r.n]),
  );
  return db
    .select()
    .from(tracks)
    .where(eq(tracks.conferenceId, conferenceId))
    .all()
    .map((r) => ({ ...r, sessionCount: counts.get(r.id) ?? 0 }));
}

import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { sessions, tracks, type Track } from "../schema";
import { trackInsertSchema } from "../validation";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { deletedChanges, optionalText, positionSchema, withTranslation } from "./form-fields";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

export const trackFormSchema = trackInsertSchema.pick({ name: true, slug: true, color: true }).extend({
  nameEn: optionalText(120),
  position: positionSchema,
});

const audited = ["name", "slug", "color", "position", "translations"] as const;

const findTrack = (db: Conn, conferenceId: number, trackId: number) =>
  db
    .select()
    .from(tracks)
    .where(and(eq(tracks.id, trackId), eq(tracks.conferenceId, conferenceId)))
    .get();

/** Creates (no `trackId`) or updates a track of a conference. Organizers only; slugs are unique within the conference. */
export function saveTrack(
  ctx: WriteContext,
  conferenceId: number,
  trackId: number | null,
  input: unknown,
): Result<Track> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      if (trackId === null) return { before: null };
      const before = findTrack(db, conferenceId, trackId);
      return before ? { before } : null;
    },
    schema: trackFormSchema,
    input,
    run: (tx, { nameEn, ...fields }, { before }) => {
      const clash = tx
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
      if (clash) return refuse.field("slug", "slugTaken", { kind: "track" });
      // Other languages' names (and fields other than the name) are kept as they were.
      const values = { ...fields, translations: withTranslation(before?.translations ?? {}, "en", "name", nameEn) };
      const saved = before
        ? tx.update(tracks).set(values).where(eq(tracks.id, before.id)).returning().get()
        : tx
            .insert(tracks)
            .values({ ...values, conferenceId })
            .returning()
            .get();
      return {
        value: saved,
        audit: {
          conferenceId,
          action: before ? "track.update" : "track.create",
          entityType: "track",
          entityId: saved.id,
          changes: fieldChanges(before ?? ({} as Track), saved, audited),
          details: { title: saved.name },
        },
      };
    },
  });
}

/**
 * Deletes a track, refusing while sessions use it and naming them. The schema
 * would quietly clear their track (set null); an organizer should decide instead.
 */
export function deleteTrack(ctx: WriteContext, conferenceId: number, trackId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return findTrack(db, conferenceId, trackId) ?? null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, before) => {
      const used = tx.select({ n: count() }).from(sessions).where(eq(sessions.trackId, trackId)).get()?.n ?? 0;
      if (used > 0) {
        const titles = tx
          .select({ title: sessions.title })
          .from(sessions)
          .where(eq(sessions.trackId, trackId))
          .limit(3)
          .all();
        const list = titles.map((s) => `“${s.title}”`).join(", ") + (used > 3 ? ", …" : "");
        return refuse.because("inUse", { name: before.name, count: used, kind: "session", list });
      }
      tx.delete(tracks).where(eq(tracks.id, trackId)).run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "track.delete",
          entityType: "track",
          entityId: trackId,
          changes: deletedChanges(before, audited),
          details: { title: before.name },
        },
      };
    },
  });
}

import type { z } from "zod";
import { sessions, tracks, type Track } from "../schema";
import { trackInsertSchema } from "../validation";
import { deleteListed, saveListed, type ConferenceList } from "./conference-lists";
import { optionalText, positionSchema } from "./form-fields";
import type { Result, WriteContext } from "./pipeline";

export const trackFormSchema = trackInsertSchema.pick({ name: true, slug: true, color: true }).extend({
  nameEn: optionalText(120),
  position: positionSchema,
});

const trackList: ConferenceList<Track, z.output<typeof trackFormSchema>> = {
  kind: "track",
  table: tracks,
  usedBy: sessions.trackId,
  schema: trackFormSchema,
  audited: ["name", "slug", "color", "position", "translations"],
};

/** Creates (no `trackId`) or updates a track of a conference. Organizers only; slugs are unique within the conference. */
export const saveTrack = (
  ctx: WriteContext,
  conferenceId: number,
  trackId: number | null,
  input: unknown,
): Result<Track> => saveListed(trackList, ctx, conferenceId, trackId, input);

/**
 * Deletes a track, refusing while sessions use it and naming them. The schema
 * would quietly clear their track (set null); an organizer should decide instead.
 */
export const deleteTrack = (ctx: WriteContext, conferenceId: number, trackId: number): Result<null> =>
  deleteListed(trackList, ctx, conferenceId, trackId);

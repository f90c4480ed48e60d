import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { rooms, sessions, tracks, type Room, type Track } from "../schema";
import { roomInsertSchema, trackInsertSchema } from "../validation";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { blankAsNull, deletedChanges, optionalText, positionSchema, withTranslation } from "./form-fields";
import { slugTakenIn } from "./conference-slugs";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

// Rooms and tracks are the same kind of thing to a conference: a named, ordered list whose slugs are
// unique within it and which sessions point to. One save and one delete serve both; what differs
// (a room's seats, a track's colour) is only in the form's schema and the fields audited, so both
// lists are declared here, side by side (rooms.ts and tracks.ts keep the paths the actions import).

type Table = typeof rooms | typeof tracks;
type Row = Room | Track;

type ListInput = { name: string; nameEn: string; slug: string };

interface ConferenceList<R extends Row, Input extends ListInput> {
  kind: "room" | "track";
  table: Table;
  /** The session column that points to a row of this list. */
  usedBy: typeof sessions.roomId | typeof sessions.trackId;
  schema: z.ZodType<Input, unknown>;
  audited: readonly (keyof R & string)[];
}

const findIn = (list: ConferenceList<Row, never>, db: WriteContext["db"], conferenceId: number, rowId: number) =>
  db
    .select()
    .from(list.table)
    .where(and(eq(list.table.id, rowId), eq(list.table.conferenceId, conferenceId)))
    .get();

/** Creates (no `rowId`) or updates a row of the list. Organizers only; slugs are unique within the conference. */
function saveListed<R extends Row, Input extends ListInput>(
  list: ConferenceList<R, Input>,
  ctx: WriteContext,
  conferenceId: number,
  rowId: number | null,
  input: unknown,
): Result<R> {
  const { table } = list;
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      if (rowId === null) return { before: null };
      const before = findIn(list as ConferenceList<Row, never>, db, conferenceId, rowId) as R | undefined;
      return before ? { before } : null;
    },
    schema: list.schema,
    input,
    run: (tx, { nameEn, ...fields }, { before }) => {
      if (slugTakenIn(tx, table, conferenceId, fields.slug, rowId))
        return refuse.field("slug", "slugTaken", { kind: list.kind });
      // Other languages' names (and translated fields other than the name) are kept as they were.
      const values = { ...fields, translations: withTranslation(before?.translations ?? {}, "en", "name", nameEn) };
      const saved = (
        before
          ? tx.update(table).set(values).where(eq(table.id, before.id)).returning().get()
          : tx
              .insert(table)
              .values({ ...values, conferenceId } as typeof table.$inferInsert)
              .returning()
              .get()
      ) as R;
      return {
        value: saved,
        audit: {
          conferenceId,
          action: before ? (`${list.kind}.update` as const) : (`${list.kind}.create` as const),
          entityType: list.kind,
          entityId: saved.id,
          changes: fieldChanges(before ?? ({} as R), saved, list.audited),
          details: { title: saved.name },
        },
      };
    },
  });
}

/**
 * Deletes a row of the list, refusing while sessions use it and naming the first of them. The schema
 * would quietly clear their room or track (set null); an organizer should decide instead.
 */
function deleteListed<R extends Row>(
  list: ConferenceList<R, ListInput>,
  ctx: WriteContext,
  conferenceId: number,
  rowId: number,
): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return (findIn(list as ConferenceList<Row, never>, db, conferenceId, rowId) as R | undefined) ?? null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, before) => {
      const used = tx.select({ n: count() }).from(sessions).where(eq(list.usedBy, rowId)).get()?.n ?? 0;
      if (used > 0) {
        const titles = tx.select({ title: sessions.title }).from(sessions).where(eq(list.usedBy, rowId)).limit(3).all();
        const names = titles.map((s) => `“${s.title}”`).join(", ") + (used > 3 ? ", …" : "");
        return refuse.because("inUse", { name: before.name, count: used, kind: "session", list: names });
      }
      tx.delete(list.table).where(eq(list.table.id, rowId)).run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: `${list.kind}.delete` as const,
          entityType: list.kind,
          entityId: rowId,
          changes: deletedChanges(before, list.audited),
          details: { title: before.name },
        },
      };
    },
  });
}

const room = roomInsertSchema.shape;
export const roomFormSchema = z.object({
  name: room.name,
  nameEn: optionalText(120),
  slug: room.slug,
  capacity: blankAsNull(z.coerce.number().int("seats").positive("seats").max(100_000, "seats")),
  position: positionSchema,
});

export const trackFormSchema = trackInsertSchema.pick({ name: true, slug: true, color: true }).extend({
  nameEn: optionalText(120),
  position: positionSchema,
});

const roomList: ConferenceList<Room, z.output<typeof roomFormSchema>> = {
  kind: "room",
  table: rooms,
  usedBy: sessions.roomId,
  schema: roomFormSchema,
  audited: ["name", "slug", "capacity", "position", "translations"],
};

const trackList: ConferenceList<Track, z.output<typeof trackFormSchema>> = {
  kind: "track",
  table: tracks,
  usedBy: sessions.trackId,
  schema: trackFormSchema,
  audited: ["name", "slug", "color", "position", "translations"],
};

/** Creates (no `roomId`) or updates a room of a conference. Organizers only; slugs are unique within the conference. */
export const saveRoom = (ctx: WriteContext, conferenceId: number, roomId: number | null, input: unknown) =>
  saveListed(roomList, ctx, conferenceId, roomId, input);

/** Deletes a room, refusing while sessions are still placed in it (and naming the first of them). */
export const deleteRoom = (ctx: WriteContext, conferenceId: number, roomId: number) =>
  deleteListed(roomList, ctx, conferenceId, roomId);

/** Creates (no `trackId`) or updates a track of a conference. Organizers only; slugs are unique within the conference. */
export const saveTrack = (ctx: WriteContext, conferenceId: number, trackId: number | null, input: unknown) =>
  saveListed(trackList, ctx, conferenceId, trackId, input);

/** Deletes a track, refusing while sessions use it and naming them (rather than clearing their track). */
export const deleteTrack = (ctx: WriteContext, conferenceId: number, trackId: number) =>
  deleteListed(trackList, ctx, conferenceId, trackId);

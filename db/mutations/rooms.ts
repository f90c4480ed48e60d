import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { rooms, sessions, type Room } from "../schema";
import { roomInsertSchema } from "../validation";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { blankAsNull, optionalText, positionSchema } from "./form-fields";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

const room = roomInsertSchema.shape;
export const roomFormSchema = z.object({
  name: room.name,
  nameEn: optionalText(120),
  slug: room.slug,
  capacity: blankAsNull(z.coerce.number().int("seats").positive("seats").max(100_000, "seats")),
  position: positionSchema,
});

const audited = ["name", "slug", "capacity", "position", "translations"] as const;

const findRoom = (db: Conn, conferenceId: number, roomId: number) =>
  db
    .select()
    .from(rooms)
    .where(and(eq(rooms.id, roomId), eq(rooms.conferenceId, conferenceId)))
    .get();

/** Creates (no `roomId`) or updates a room of a conference. Organizers only; slugs are unique within the conference. */
export function saveRoom(ctx: WriteContext, conferenceId: number, roomId: number | null, input: unknown): Result<Room> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      if (roomId === null) return { before: null };
      const before = findRoom(db, conferenceId, roomId);
      return before ? { before } : null;
    },
    schema: roomFormSchema,
    input,
    run: (tx, { nameEn, ...fields }, { before }) => {
      const clash = tx
        .select({ id: rooms.id })
        .from(rooms)
        .where(
          and(
            eq(rooms.conferenceId, conferenceId),
            eq(rooms.slug, fields.slug),
            roomId ? ne(rooms.id, roomId) : undefined,
          ),
        )
        .get();
      if (clash) return refuse.field("slug", "slugTaken", { kind: "room" });
      const values = { ...fields, translations: nameEn ? { en: { name: nameEn } } : {} };
      const saved = before
        ? tx.update(rooms).set(values).where(eq(rooms.id, before.id)).returning().get()
        : tx
            .insert(rooms)
            .values({ ...values, conferenceId })
            .returning()
            .get();
      return {
        value: saved,
        audit: {
          conferenceId,
          action: before ? "room.update" : "room.create",
          entityType: "room",
          entityId: saved.id,
          changes: fieldChanges(before ?? ({} as Room), saved, audited),
          details: { title: saved.name },
        },
      };
    },
  });
}

/** Deletes a room, refusing while sessions are still placed in it (and naming the first of them). */
export function deleteRoom(ctx: WriteContext, conferenceId: number, roomId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return findRoom(db, conferenceId, roomId) ?? null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, before) => {
      const used = tx.select({ n: count() }).from(sessions).where(eq(sessions.roomId, roomId)).get()?.n ?? 0;
      if (used > 0) {
        const titles = tx
          .select({ title: sessions.title })
          .from(sessions)
          .where(eq(sessions.roomId, roomId))
          .limit(3)
          .all();
        const list = titles.map((s) => `“${s.title}”`).join(", ") + (used > 3 ? ", …" : "");
        return refuse.because("inUse", { name: before.name, count: used, kind: "session", list });
      }
      tx.delete(rooms).where(eq(rooms.id, roomId)).run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "room.delete",
          entityType: "room",
          entityId: roomId,
          changes: fieldChanges(before, {} as Room, audited),
          details: { title: before.name },
        },
      };
    },
  });
}

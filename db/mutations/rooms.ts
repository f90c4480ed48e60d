import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { rooms, sessions, type Room } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { slugSchema } from "@/lib/slug";
import type { WriteResult } from "./write-result";

export const roomFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(120, "At most 120 characters"),
  nameEn: z.string().trim().max(120, "At most 120 characters").default(""),
  slug: slugSchema,
  capacity: z
    .string()
    .trim()
    .default("")
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0 || n > 100_000) {
        ctx.addIssue({ code: "custom", message: "A whole number of seats, or empty" });
        return z.NEVER;
      }
      return n;
    }),
  position: z.coerce.number().int("A whole number").min(0).max(10_000).default(0),
});
export type RoomForm = z.input<typeof roomFormSchema>;

type Invalid = { ok: false; reason: "invalid"; message: string; field?: string; fieldErrors?: Record<string, string> };

const editable = ["name", "slug", "capacity", "position", "translations"] as const;

/** Creates or updates a room of a conference. Organizers only; slugs are unique within the conference. */
export function saveRoom(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  roomId: number | null,
  input: RoomForm,
): WriteResult<Room> | Invalid {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const parsed = roomFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, reason: "invalid", message: "Check the highlighted fields.", fieldErrors };
  }
  const { nameEn, ...fields } = parsed.data;
  const values = { ...fields, translations: nameEn ? { en: { name: nameEn } } : {} };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const clash = t
      .select({ id: rooms.id })
      .from(rooms)
      .where(
        and(
          eq(rooms.conferenceId, conferenceId),
          eq(rooms.slug, values.slug),
          roomId ? ne(rooms.id, roomId) : undefined,
        ),
      )
      .get();
    if (clash)
      return {
        ok: false,
        reason: "invalid",
        message: "Another room of this conference has that slug.",
        fieldErrors: { slug: "Another room of this conference has that slug." },
      } as const;
    if (roomId === null) {
      const room = t
        .insert(rooms)
        .values({ ...values, conferenceId })
        .returning()
        .get();
      recordAudit(t, {
        userId: viewer.userId,
        conferenceId,
        action: "room.create",
        entityType: "room",
        entityId: room.id,
        changes: fieldChanges({} as Room, room, editable),
        details: { title: room.name },
      });
      return { ok: true, value: room } as const;
    }
    const before = t
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.conferenceId, conferenceId)))
      .get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    const room = t.update(rooms).set(values).where(eq(rooms.id, roomId)).returning().get();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "room.update",
      entityType: "room",
      entityId: room.id,
      changes: fieldChanges(before, room, editable),
      details: { title: room.name },
    });
    return { ok: true, value: room } as const;
  });
}

/** Deletes a room, refusing while sessions are still placed in it (and saying how many). */
export function deleteRoom(db: Db, viewer: Viewer | null, conferenceId: number, roomId: number): WriteResult<null> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const room = t
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.conferenceId, conferenceId)))
      .get();
    if (!room) return { ok: false, reason: "not-found" } as const;
    const used = t.select({ n: count() }).from(sessions).where(eq(sessions.roomId, roomId)).get()?.n ?? 0;
    if (used > 0) {
      const titles = t
        .select({ title: sessions.title })
        .from(sessions)
        .where(eq(sessions.roomId, roomId))
        .limit(3)
        .all()
        .map((s) => `“${s.title}”`);
      return {
        ok: false,
        reason: "invalid",
        message: `“${room.name}” is still used by ${used} session(s): ${titles.join(", ")}${used > 3 ? ", …" : ""}. Move them to another room first.`,
      } as const;
    }
    t.delete(rooms).where(eq(rooms.id, roomId)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "room.delete",
      entityType: "room",
      entityId: roomId,
      changes: fieldChanges(room, {} as Room, []),
      details: { title: room.name },
    });
    return { ok: true, value: null } as const;
  });
}

/** The rooms of a conference with how many sessions each holds. Organizers only. */
export function listRooms(db: Db, viewer: Viewer | null, conferenceId: number): Array<Room & { sessionCount: number }> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = new Map(
    db
      .select({ roomId: sessions.roomId, n: count() })
      .from(sessions)
      .innerJoin(rooms, eq(rooms.id, sessions.roomId))
      .where(eq(rooms.conferenceId, conferenceId))
      .groupBy(sessions.roomId)
      .all()
      .map((r) => [r.roomId, r.n]),
  );
  return db
    .select()
    .from(rooms)
    .where(eq(rooms.conferenceId, conferenceId))
    .all()
    .map((r) => ({ ...r, sessionCount: counts.get(r.id) ?? 0 }));
}

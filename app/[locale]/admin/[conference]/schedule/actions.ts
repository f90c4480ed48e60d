"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { scheduleSession } from "@/db/mutations/schedule-session";
import { ForbiddenError } from "@/lib/auth/permissions";

const moveSchema = z.object({
  sessionId: z.number().int().positive(),
  version: z.number().int().positive(),
  roomId: z.number().int().positive().nullable(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
});

export type MoveResult =
  | { ok: true; version: number }
  | { ok: false; code: "invalid" | "forbidden" | "signed-out" | "not-found"; message?: string }
  | {
      ok: false;
      code: "stale";
      currentVersion: number;
      changesSince: Array<{
        at: string;
        by: string | null;
        fields: Record<string, { before: unknown; after: unknown }>;
      }>;
    };

/** Saves one move, resize or unscheduling from the schedule editor; checks who may, and that nobody changed the session meanwhile. */
export async function moveSessionAction(input: unknown): Promise<MoveResult> {
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, code: "signed-out" };
  const { sessionId, version, roomId, startsAt, endsAt } = parsed.data;
  try {
    const result = scheduleSession(getDb(), viewer, {
      sessionId,
      version,
      roomId,
      startsAt: startsAt ? new Date(startsAt) : null,
      endsAt: endsAt ? new Date(endsAt) : null,
    });
    if (result.ok) return { ok: true, version: result.value.version };
    if (result.reason === "stale")
      return {
        ok: false,
        code: "stale",
        currentVersion: result.currentVersion,
        changesSince: result.changesSince.map((c) => ({ at: c.at.toISOString(), by: c.by, fields: c.changes })),
      };
    if (result.reason === "invalid") return { ok: false, code: "invalid", message: result.message };
    return { ok: false, code: "not-found" };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, code: "forbidden" };
    throw error;
  }
}

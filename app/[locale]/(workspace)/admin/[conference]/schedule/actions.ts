"use server";

import { valueAction } from "@/app/form-action";
import { scheduleSession } from "@/db/mutations/sessions/schedule-session";

const sessionIdOf = (input: unknown) =>
  typeof input === "object" && input !== null && "sessionId" in input && typeof input.sessionId === "number"
    ? input.sessionId
    : 0;

/**
 * Saves one move, resize or unscheduling from the schedule editor (`{ sessionId, version,
 * roomId, startsAt, endsAt }`): who may, and that nobody changed the session meanwhile, are
 * checked by the write. Saved, it hands back the session's new version.
 */
export const moveSessionAction = valueAction(
  (ctx, input) => scheduleSession(ctx, sessionIdOf(input), input),
  (session) => ({ status: "saved", data: { version: session.version } }),
);

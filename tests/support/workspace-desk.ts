import { desc, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import type { scratchWorkspace } from "./scratch-database";

// What the tests of the conference's settings, its organizers and the organizations share over a
// scratch workspace: who acts, how a data function is called as them, and what the audit log says.

/** The helpers, bound to a scratch workspace (they read it only once its tests run). */
export function workspaceDeskOf(t: ReturnType<typeof scratchWorkspace>) {
  return {
    /** The demo conference's organizer. */
    organizer: () => t.ws.viewers.organizer!,
    /** The write context a data function takes, as `viewer`. */
    as: (viewer: Viewer | null) => ({ db: t.db, viewer }),
    /** The latest audit entry of an action. */
    lastAudit: (action: string) =>
      t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!,
  };
}

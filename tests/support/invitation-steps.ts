import { eq } from "drizzle-orm";
import { loadViewer } from "@/db/auth/viewer";
import type { Db } from "@/db/connection";
import { acceptInvitation as accept } from "@/db/mutations/invitations/accept-invitation";
import { createInvitation } from "@/db/mutations/invitations/issue-invitation";
import { auditLog, speakers, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import type { Workspace } from "./workspace-fixture";

/** What the invitation tests do and look up in their workspace (support/workspace-fixture.ts); `t` is read when a step runs. */
export function invitationSteps(t: { db: Db; ws: Workspace }) {
  const speakerId = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!.id;
  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;
  const userByEmail = (email: string) => t.db.select().from(users).where(eq(users.email, email)).get();
  const invite = (slug: string, email: string, now?: Date) => {
    const result = createInvitation(as(t.ws.viewers.organizer, now), t.ws.conferenceId, speakerId(slug), { email });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  };
  /** Accepts as the signed-in account `signedInUserId`, or makes an account with `password`. */
  const acceptInvitation = (input: { token: string; password?: string; signedInUserId?: number; now?: Date }) =>
    accept(
      {
        db: t.db,
        viewer: input.signedInUserId === undefined ? null : loadViewer(t.db, input.signedInUserId),
        now: input.now,
      },
      input.token,
      { password: input.password },
    );
  const as = (viewer: Viewer | null, now?: Date) => ({ db: t.db, viewer, now });
  const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all();
  return { speakerId, speaker, userByEmail, invite, acceptInvitation, as, audits };
}

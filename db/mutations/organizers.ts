import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { endAllSignIns } from "../auth/sign-ins";
import type { Organizer } from "../queries/organizers";
import { conferenceMemberships, users, type ConferenceMembership } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { deletedChanges } from "./form-fields";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

// Organizer rights are `conference.manage`: a platform admin, and also the
// conference's own organizers, may grant and revoke them, so a team can take
// in (and let go) fellow organizers without waiting for an admin.
// Rights go only to an account that proved it reads its address (users.emailVerifiedAt):
// an account made from an invitation link was made by whoever held the link, and
// the inviter saw it. A platform admin may grant anyway, on purpose and audited.
// An email without an account is refused: nothing is kept for it that a later
// account of that address (made by anyone) could pick up.

export const grantOrganizerSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  // A checkbox only platform admins see; anyone else sending it is ignored.
  grantUnverified: z.literal("on").optional().catch(undefined),
});

const audited = ["role"] as const;

const membershipOf = (userId: number, conferenceId: number) =>
  and(eq(conferenceMemberships.userId, userId), eq(conferenceMemberships.conferenceId, conferenceId));

/** Gives an existing user who proved their address organizer rights over the conference, found by email. */
export function grantOrganizer(ctx: WriteContext, conferenceId: number, input: unknown): Result<Organizer> {
  return write(ctx, {
    authorize: ({ viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return { admin: viewer.isPlatformAdmin };
    },
    schema: grantOrganizerSchema,
    input,
    run: (tx, { email, grantUnverified }, { admin }) => {
      const user = tx
        .select({ id: users.id, email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt })
        .from(users)
        .where(eq(users.email, email))
        .get();
      if (!user) return refuse.field("email", "noAccount", { email });
      if (tx.select().from(conferenceMemberships).where(membershipOf(user.id, conferenceId)).get())
        return refuse.field("email", "alreadyOrganizer", { email });
      if (!user.emailVerifiedAt && !(grantUnverified === "on" && admin))
        return refuse.field("email", "accountUnconfirmed", { email });
      const membership = tx
        .insert(conferenceMemberships)
        .values({ userId: user.id, conferenceId, role: "organizer" })
        .returning()
        .get();
      return {
        value: { userId: user.id, email: user.email, name: user.name, since: membership.createdAt },
        audit: {
          conferenceId,
          action: "organizer.grant",
          entityType: "user",
          entityId: user.id,
          changes: fieldChanges({} as ConferenceMembership, membership, audited),
          details: user.emailVerifiedAt ? { title: email } : { title: email, unverifiedEmail: true },
        },
      };
    },
  });
}

/**
 * Takes organizer rights away and ends every sign-in of that account, so a
 * browser left signed in (or a copied cookie) cannot go on as before. The last
 * organizer stays unless a platform admin does it: otherwise nobody but an
 * admin could manage the conference.
 */
export function revokeOrganizer(ctx: WriteContext, conferenceId: number, userId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      const membership = db.select().from(conferenceMemberships).where(membershipOf(userId, conferenceId)).get();
      return membership ? { membership, admin: viewer.isPlatformAdmin } : null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, { membership, admin }, now) => {
      const email =
        tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email ?? String(userId);
      const organizers =
        tx
          .select({ n: count() })
          .from(conferenceMemberships)
          .where(eq(conferenceMemberships.conferenceId, conferenceId))
          .get()?.n ?? 0;
      if (organizers <= 1 && !admin) return refuse.because("lastOrganizer", { email });
      tx.delete(conferenceMemberships).where(membershipOf(userId, conferenceId)).run();
      const signInsEnded = endAllSignIns(tx, userId, now);
      return {
        value: null,
        audit: {
          conferenceId,
          action: "organizer.revoke",
          entityType: "user",
          entityId: userId,
          changes: deletedChanges(membership, audited),
          details: { title: email, signInsEnded },
        },
      };
    },
  });
}

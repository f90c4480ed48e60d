import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { endAllSignIns } from "../auth/sign-ins";
import { conferenceMemberships, users, type ConferenceMembership } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { deletedChanges, invalidField, invalidForm, type FormText, type Invalid } from "./form-fields";
import type { WriteResult } from "./write-result";

// Organizer rights are `conference.manage`: a platform admin, and also the
// conference's own organizers, may grant and revoke them, so a team can take
// in (and let go) fellow organizers without waiting for an admin.
// Rights go only to an account that proved it reads its address (users.emailVerifiedAt):
// an account made from an invitation link was made by whoever held the link, and
// the inviter saw it. A platform admin may grant anyway, on purpose and audited.
// An email without an account is refused: nothing is kept for it that a later
// account of that address (made by anyone) could pick up.

export const grantOrganizerSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address, e.g. name@example.com")),
  // A checkbox only platform admins see; anyone else sending it is ignored.
  grantUnverified: z.literal("on").optional().catch(undefined),
});
export type GrantOrganizerForm = FormText<typeof grantOrganizerSchema>;

/** Why a grant was refused, for the form to say in the viewer's language. */
export type GrantRefusalCode = "invalid-email" | "no-account" | "already-organizer" | "unverified";
export type GrantRefusal = Invalid & { code: GrantRefusalCode };
const refuseGrant = (code: GrantRefusalCode, message: string): GrantRefusal => ({
  ...invalidField("email", message),
  code,
});

export interface Organizer {
  userId: number;
  email: string;
  name: string;
  since: Date;
}

const audited = ["role"] as const;

/** The organizers of a conference. Organizers and platform admins. */
export function listOrganizers(db: Db, viewer: Viewer | null, conferenceId: number): Organizer[] {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db
    .select({ userId: users.id, email: users.email, name: users.name, since: conferenceMemberships.createdAt })
    .from(conferenceMemberships)
    .innerJoin(users, eq(users.id, conferenceMemberships.userId))
    .where(eq(conferenceMemberships.conferenceId, conferenceId))
    .all();
}

/** Gives an existing user who proved their address organizer rights over the conference, found by email. */
export function grantOrganizer(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  input: GrantOrganizerForm,
): WriteResult<Organizer> | GrantRefusal {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const parsed = grantOrganizerSchema.safeParse(input);
  if (!parsed.success) return { ...invalidForm(parsed.error), code: "invalid-email" };
  const { email } = parsed.data;
  const override = parsed.data.grantUnverified === "on" && viewer.isPlatformAdmin;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const user = t
      .select({ id: users.id, email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (!user)
      return refuseGrant(
        "no-account",
        `No one has an account with ${email}. They need an account before they can be made an organizer.`,
      );
    const key = and(eq(conferenceMemberships.userId, user.id), eq(conferenceMemberships.conferenceId, conferenceId));
    if (t.select().from(conferenceMemberships).where(key).get())
      return refuseGrant("already-organizer", `${email} is already an organizer of this conference.`);
    if (!user.emailVerifiedAt && !override) {
      return refuseGrant(
        "unverified",
        `${email} has not confirmed this email address yet. They can send themselves a confirmation link from their own page (/me); a platform admin may grant anyway.`,
      );
    }
    const membership = t
      .insert(conferenceMemberships)
      .values({ userId: user.id, conferenceId, role: "organizer" })
      .returning()
      .get();
    const details = user.emailVerifiedAt ? { title: email } : { title: email, unverifiedEmail: true };
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "organizer.grant",
      entityType: "user",
      entityId: user.id,
      changes: fieldChanges({} as ConferenceMembership, membership, audited),
      details,
    });
    return {
      ok: true,
      value: { userId: user.id, email: user.email, name: user.name, since: membership.createdAt },
    } as const;
  });
}

/**
 * Takes organizer rights away and ends every sign-in of that account, so a
 * browser left signed in (or a copied cookie) cannot go on as before. The last
 * organizer stays unless a platform admin does it: otherwise nobody but an
 * admin could manage the conference.
 */
export function revokeOrganizer(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  userId: number,
  now = new Date(),
): WriteResult<null> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const key = and(eq(conferenceMemberships.userId, userId), eq(conferenceMemberships.conferenceId, conferenceId));
    const membership = t.select().from(conferenceMemberships).where(key).get();
    if (!membership) return { ok: false, reason: "not-found" } as const;
    const email =
      t.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email ?? String(userId);
    const organizers =
      t
        .select({ n: count() })
        .from(conferenceMemberships)
        .where(eq(conferenceMemberships.conferenceId, conferenceId))
        .get()?.n ?? 0;
    if (organizers <= 1 && !viewer.isPlatformAdmin) {
      return {
        ok: false,
        reason: "invalid",
        message: `${email} is the last organizer of this conference. Grant someone else organizer rights first, or ask a platform admin.`,
      } as const;
    }
    t.delete(conferenceMemberships).where(key).run();
    const signInsEnded = endAllSignIns(t, userId, now);
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "organizer.revoke",
      entityType: "user",
      entityId: userId,
      changes: deletedChanges(membership, audited),
      details: { title: email, signInsEnded },
    });
    return { ok: true, value: null } as const;
  });
}

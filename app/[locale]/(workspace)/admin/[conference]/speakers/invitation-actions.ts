"use server";

import { refresh } from "next/cache";
import { conferenceAction, idFrom, type ConferenceActionInput } from "@/app/form-action";
import { createInvitation, resendInvitation, type IssuedInvitation } from "@/db/mutations/invitations/issue-invitation";
import { revokeInvitation } from "@/db/mutations/invitations/revoke-invitation";
import { unlinkSpeakerAccount } from "@/db/mutations/invitations/unlink-speaker-account";
import type { InvitationView } from "@/db/queries/invitations";
import type { ActionResult } from "@/lib/admin/action-result";
import type { InvitationDelivery } from "@/lib/invitations/delivery";
import { siteUrl } from "@/lib/site-url";
import { deliverInvitation, tellUnlinked } from "./invitation-delivery";

// Links that leave the app use SITE_URL only: a request's Origin is the sender's to choose.
const linkFor = (token: string) => `${siteUrl()}/invite/${token}`;

/** The link, shown once to copy, and the email that carries it when SMTP is set up. */
async function delivered(
  issued: IssuedInvitation,
  { ctx }: ConferenceActionInput,
): Promise<ActionResult<InvitationDelivery>> {
  const link = linkFor(issued.token);
  const mail = await deliverInvitation(ctx, { ...issued, link, inviter: ctx.viewer });
  refresh();
  return { status: "saved", data: { link, email: issued.invitation.email, ...mail } };
}

/** Invites an email address (`email`) to keep the speaker profile `$speaker`. */
export const createInvitationAction = conferenceAction<IssuedInvitation, InvitationDelivery>(
  ({ ctx, conference, formData, values }) =>
    createInvitation(ctx, conference.id, idFrom(formData, "$speaker") ?? 0, values),
  delivered,
);

/** A new link (the old one stops working) and a new 14 days for an invitation not yet used or revoked. */
export const resendInvitationAction = conferenceAction<IssuedInvitation, InvitationDelivery>(
  ({ ctx, conference, formData }) => resendInvitation(ctx, conference.id, idFrom(formData, "$invitation") ?? 0),
  delivered,
);

export const revokeInvitationAction = conferenceAction<InvitationView, InvitationDelivery>(
  ({ ctx, conference, formData }) => revokeInvitation(ctx, conference.id, idFrom(formData, "$invitation") ?? 0),
  () => {
    refresh();
    return { status: "saved" };
  },
);

/** The account no longer maintains the profile (its owner is told by email when mail is set up); the organizers may invite someone else. */
export const unlinkSpeakerAccountAction = conferenceAction(
  ({ ctx, conference, formData }) => unlinkSpeakerAccount(ctx, conference.id, idFrom(formData, "$speaker") ?? 0),
  async (unlinked, { ctx }): Promise<ActionResult<InvitationDelivery>> => {
    const mail = unlinked ? await tellUnlinked({ ...unlinked, organizer: ctx.viewer }) : {};
    refresh();
    return { status: "saved", data: mail };
  },
);

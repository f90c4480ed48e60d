"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { createInvitation, resendInvitation, revokeInvitation, unlinkSpeakerAccount } from "@/db/mutations/invitations";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues } from "@/lib/admin/form-result";
import type { InvitationFormState } from "@/lib/invitations/form-state";
import { siteUrl } from "@/lib/site-url";
import { conferenceOf } from "../form-conference";
import { deliverInvitation, tellUnlinked } from "./invitation-delivery";

// Links that leave the app use SITE_URL only: a request's Origin is the sender's to choose.
const linkFor = (token: string) => `${siteUrl()}/invite/${token}`;

async function viewerAndConference(formData: FormData) {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  return viewer && conference ? { viewer, conference } : null;
}

/** Invites an email address to keep a speaker profile: the link comes back once, to copy, and goes out by email when SMTP is set up. */
export async function createInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const values = typedValues(formData);
  const acting = await viewerAndConference(formData);
  if (!acting) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(
    () =>
      createInvitation(getDb(), acting.viewer, acting.conference.id, {
        speakerId: Number(formData.get("$speaker")),
        email: values.email ?? "",
      }),
    values,
  );
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: acting.viewer });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

/** A new link (the old one stops working) and a new 14 days for an invitation not yet used or revoked. */
export async function resendInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const acting = await viewerAndConference(formData);
  if (!acting) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    resendInvitation(getDb(), acting.viewer, acting.conference.id, Number(formData.get("$invitation"))),
  );
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: acting.viewer });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

export async function revokeInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const acting = await viewerAndConference(formData);
  if (!acting) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    revokeInvitation(getDb(), acting.viewer, acting.conference.id, Number(formData.get("$invitation"))),
  );
  if (!result.ok) return result.state;
  refresh();
  return { status: "saved" };
}

/** The account no longer maintains the profile (its owner is told by email when mail is set up); the organizers may invite someone else. */
export async function unlinkSpeakerAccountAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const acting = await viewerAndConference(formData);
  if (!acting) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    unlinkSpeakerAccount(getDb(), acting.viewer, acting.conference.id, Number(formData.get("$speaker"))),
  );
  if (!result.ok) return result.state;
  const mail = result.value
    ? await tellUnlinked({ ...result.value, conferenceId: acting.conference.id, organizer: acting.viewer })
    : {};
  refresh();
  return { status: "saved", ...mail };
}

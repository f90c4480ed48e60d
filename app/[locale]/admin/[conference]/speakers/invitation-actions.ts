"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db";
import { getCurrentActor } from "@/db/auth/current-actor";
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
  const current = await getCurrentActor();
  const conference = conferenceOf(formData);
  return current && conference ? { ...current, conference } : null;
}

/** Invites an email address to keep a speaker profile: the link comes back once, to copy, and goes out by email when SMTP is set up. */
export async function createInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const values = typedValues(formData);
  const viewer = await viewerAndConference(formData);
  if (!viewer) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(
    () =>
      createInvitation(getDb(), viewer.actor, viewer.conference.id, {
        speakerId: Number(formData.get("$speaker")),
        email: values.email ?? "",
      }),
    values,
  );
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: viewer.user });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

/** A new link (the old one stops working) and a new 14 days for an invitation not yet used or revoked. */
export async function resendInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const viewer = await viewerAndConference(formData);
  if (!viewer) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    resendInvitation(getDb(), viewer.actor, viewer.conference.id, Number(formData.get("$invitation"))),
  );
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: viewer.user });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

export async function revokeInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const viewer = await viewerAndConference(formData);
  if (!viewer) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    revokeInvitation(getDb(), viewer.actor, viewer.conference.id, Number(formData.get("$invitation"))),
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
  const viewer = await viewerAndConference(formData);
  if (!viewer) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() =>
    unlinkSpeakerAccount(getDb(), viewer.actor, viewer.conference.id, Number(formData.get("$speaker"))),
  );
  if (!result.ok) return result.state;
  const mail = result.value
    ? await tellUnlinked({ ...result.value, conferenceId: viewer.conference.id, organizer: viewer.user })
    : {};
  refresh();
  return { status: "saved", ...mail };
}

"use server";

import { headers } from "next/headers";
import { refresh } from "next/cache";
import { getDb } from "@/db";
import { getCurrentActor } from "@/db/auth/current-actor";
import { createInvitation, resendInvitation, revokeInvitation, unlinkSpeakerAccount } from "@/db/mutations/invitations";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues } from "@/lib/admin/form-result";
import type { InvitationFormState } from "@/lib/invitations/form-state";
import { linkOrigin } from "@/lib/site-url";
import { deliverInvitation } from "./invitation-delivery";

async function linkFor(token: string): Promise<string> {
  return `${linkOrigin(await headers())}/invite/${token}`;
}

/** Invites an email address to take over a speaker profile: the link comes back once, to copy, and goes out by email when SMTP is set up. */
export async function createInvitationAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const values = typedValues(formData);
  const current = await getCurrentActor();
  if (!current) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(() => createInvitation(getDb(), current.actor, { speakerId: Number(formData.get("$speaker")), email: values.email ?? "" }), values);
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = await linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: current.user });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

/** A new link (the old one stops working) and a new 14 days for an invitation not yet used or revoked. */
export async function resendInvitationAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const current = await getCurrentActor();
  if (!current) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => resendInvitation(getDb(), current.actor, Number(formData.get("$invitation"))));
  if (!result.ok) return result.state;
  const { invitation, token } = result.value;
  const link = await linkFor(token);
  const mail = await deliverInvitation({ invitation, link, inviter: current.user });
  refresh();
  return { status: "saved", link, email: invitation.email, ...mail };
}

export async function revokeInvitationAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const current = await getCurrentActor();
  if (!current) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => revokeInvitation(getDb(), current.actor, Number(formData.get("$invitation"))));
  if (!result.ok) return result.state;
  refresh();
  return { status: "saved" };
}

/** The account no longer maintains the profile; the organizers may invite someone else. */
export async function unlinkSpeakerAccountAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const current = await getCurrentActor();
  if (!current) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => unlinkSpeakerAccount(getDb(), current.actor, Number(formData.get("$speaker"))));
  if (!result.ok) return result.state;
  refresh();
  return { status: "saved" };
}

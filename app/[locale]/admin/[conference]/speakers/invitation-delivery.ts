import "server-only";
import { eq } from "drizzle-orm";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db";
import type { Viewer } from "@/lib/auth/permissions";
import { markInvitationSent } from "@/db/mutations/invitation-sent";
import { conferences, speakers, type Invitation } from "@/db/schema";
import type { InvitationFormState } from "@/lib/invitations/form-state";
import { accountUnlinkedEmail } from "@/lib/mail/account-unlinked-email";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";

/**
 * Emails the link when SMTP is configured and records when it went out. Mail
 * is a convenience: without SMTP, or when sending fails, the organizer still
 * has the link to copy, and the invitation stands.
 */
type Delivery = Pick<InvitationFormState, "mail" | "mailError">;

/** The SMTP settings, or what to report instead of sending: mail off, or set up wrongly. */
function configured(): { config: MailConfig } | { skipped: Delivery } {
  try {
    const config = mailConfigFromEnv();
    return config ? { config } : { skipped: { mail: "off" } };
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return { skipped: { mail: "failed", mailError: "Email is not set up correctly on this server (see its log)." } };
  }
}

export async function deliverInvitation({
  invitation,
  link,
  inviter,
}: {
  invitation: Invitation;
  link: string;
  inviter: Viewer;
}): Promise<Delivery> {
  const mail = configured();
  if ("skipped" in mail) return mail.skipped;
  const { config } = mail;
  const speaker = getDb()
    .select({ name: speakers.name })
    .from(speakers)
    .where(eq(speakers.id, invitation.speakerId))
    .get();
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  const message = invitationEmail({
    locale,
    speakerName: speaker?.name ?? "",
    inviterName: inviter.name || inviter.email,
    url: link,
    expiresAt: invitation.expiresAt,
    to: invitation.email,
  });
  const sent = await sendMail(createMailer(config), message, config.from);
  if (!sent.ok) return { mail: "failed", mailError: sent.message };
  markInvitationSent(getDb(), invitation.id);
  return { mail: "sent" };
}

/** Tells the person whose account was unlinked from a profile, when mail is set up. */
export async function tellUnlinked({
  email,
  name,
  conferenceId,
  organizer,
}: {
  email: string;
  name: string;
  conferenceId: number;
  organizer: Viewer;
}): Promise<Delivery> {
  const mail = configured();
  if ("skipped" in mail) return mail.skipped;
  const { config } = mail;
  const conference = getDb()
    .select({ name: conferences.name })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .get();
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  const message = accountUnlinkedEmail({
    locale,
    to: email,
    speakerName: name,
    conferenceName: conference?.name ?? "",
    organizerName: organizer.name || organizer.email,
  });
  const sent = await sendMail(createMailer(config), message, config.from);
  return sent.ok ? { mail: "sent" } : { mail: "failed", mailError: sent.message };
}

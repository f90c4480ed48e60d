import "server-only";
import { getLocale } from "next-intl/server";
import type { WriteContext } from "@/db/mutations/pipeline";
import { markInvitationSent } from "@/db/mutations/invitation-sent";
import type { Invitation } from "@/db/schema";
import { problem } from "@/lib/errors/problem";
import type { Viewer } from "@/lib/auth/permissions";
import type { InvitationDelivery } from "@/lib/invitations/delivery";
import { accountUnlinkedEmail } from "@/lib/mail/account-unlinked-email";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";

// Mail is a convenience: without SMTP, or when sending fails, the organizer still has the
// link to copy, and the invitation stands.

type Delivery = Pick<InvitationDelivery, "mail" | "mailProblem">;

/** The SMTP settings, or what to report instead of sending: mail off, or set up wrongly. */
function configured(): { config: MailConfig } | { skipped: Delivery } {
  try {
    const config = mailConfigFromEnv();
    return config ? { config } : { skipped: { mail: "off" } };
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return { skipped: { mail: "failed", mailProblem: problem("mailMisconfigured") } };
  }
}

const mailLocale = async () => ((await getLocale()) === "en" ? "en" : "zh-CN");

/** Emails the link when SMTP is configured and records when it went out. */
export async function deliverInvitation(
  ctx: WriteContext,
  {
    invitation,
    speakerName,
    link,
    inviter,
  }: { invitation: Invitation; speakerName: string; link: string; inviter: Viewer },
): Promise<Delivery> {
  const mail = configured();
  if ("skipped" in mail) return mail.skipped;
  const { config } = mail;
  const message = invitationEmail({
    locale: await mailLocale(),
    speakerName,
    inviterName: inviter.name || inviter.email,
    url: link,
    expiresAt: invitation.expiresAt,
    to: invitation.email,
  });
  const sent = await sendMail(createMailer(config), message, config.from);
  if (!sent.ok) return { mail: "failed", mailProblem: problem("mailFailed", { reason: sent.failure }) };
  markInvitationSent(ctx, invitation.id);
  return { mail: "sent" };
}

/** Tells the person whose account was unlinked from a profile, when mail is set up. */
export async function tellUnlinked({
  email,
  name,
  conference,
  organizer,
}: {
  email: string;
  name: string;
  conference: string;
  organizer: Viewer;
}): Promise<Delivery> {
  const mail = configured();
  if ("skipped" in mail) return mail.skipped;
  const { config } = mail;
  const message = accountUnlinkedEmail({
    locale: await mailLocale(),
    to: email,
    speakerName: name,
    conferenceName: conference,
    organizerName: organizer.name || organizer.email,
  });
  const sent = await sendMail(createMailer(config), message, config.from);
  return sent.ok ? { mail: "sent" } : { mail: "failed", mailProblem: problem("mailFailed", { reason: sent.failure }) };
}

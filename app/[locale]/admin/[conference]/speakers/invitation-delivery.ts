import "server-only";
import { eq } from "drizzle-orm";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db";
import type { CurrentUser } from "@/db/auth/current-user";
import { markInvitationSent } from "@/db/mutations/invitation-sent";
import { speakers, type Invitation } from "@/db/schema";
import type { InvitationFormState } from "@/lib/invitations/form-state";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { mailConfigFromEnv } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";

/**
 * Emails the link when SMTP is configured and records when it went out. Mail
 * is a convenience: without SMTP, or when sending fails, the organizer still
 * has the link to copy, and the invitation stands.
 */
export async function deliverInvitation({ invitation, link, inviter }: { invitation: Invitation; link: string; inviter: CurrentUser }): Promise<Pick<InvitationFormState, "mail" | "mailError">> {
  let config;
  try {
    config = mailConfigFromEnv();
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return { mail: "failed", mailError: "Email is not set up correctly on this server (see its log); copy the link instead." };
  }
  if (!config) return { mail: "off" };
  const speaker = getDb().select({ name: speakers.name }).from(speakers).where(eq(speakers.id, invitation.speakerId)).get();
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  const message = invitationEmail({ locale, speakerName: speaker?.name ?? "", inviterName: inviter.name || inviter.email, url: link, expiresAt: invitation.expiresAt, to: invitation.email });
  const sent = await sendMail(createMailer(config), message, config.from);
  if (!sent.ok) return { mail: "failed", mailError: sent.message };
  markInvitationSent(getDb(), invitation.id);
  return { mail: "sent" };
}

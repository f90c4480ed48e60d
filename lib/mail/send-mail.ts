import "server-only";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { MailConfig } from "./mail-config";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A calendar sent as an invitation (text/calendar with its METHOD), e.g. a speaker's sessions. */
  icalEvent?: { method: "REQUEST"; content: string; filename: string };
}

export type Mailer = nodemailer.Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>;

// nodemailer waits up to two minutes for a greeting by default: far too long for a server action.
const TIMEOUT_MS = 10_000;

/** An SMTP transport for the configured server; it opens a connection per message, so there is nothing to close. */
export function createMailer(config: MailConfig): Mailer {
  return nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
}

type SmtpError = Error & { code?: string; responseCode?: number };

/** Why a message did not go out, as a code whose words are in messages "problems" (mailFailed). */
export type MailFailure = "hostUnknown" | "refused" | "timeout" | "auth" | "tls" | "envelope" | "connection" | "other";

export type SendMailResult = { ok: true; messageId: string } | { ok: false; failure: MailFailure };

/** A reason an organizer can act on; the full error goes to the server log. */
function failureOf(error: SmtpError): MailFailure {
  const text = error.message ?? "";
  if (error.code === "EDNS") return "hostUnknown";
  if (text.includes("ECONNREFUSED")) return "refused";
  if (error.code === "ETIMEDOUT" || text.includes("ETIMEDOUT")) return "timeout";
  if (error.code === "EAUTH") return "auth";
  if (error.code === "ETLS" || /certificate|TLS|SSL/i.test(text)) return "tls";
  if (error.code === "EENVELOPE") return "envelope";
  if (error.code === "ECONNECTION" || error.code === "ESOCKET") return "connection";
  return "other";
}

/** Sends one message. Never throws: a failed send must not lose the invitation, whose link can still be copied. */
export async function sendMail(mailer: Mailer, message: MailMessage, from: string): Promise<SendMailResult> {
  try {
    const info = await mailer.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      icalEvent: message.icalEvent,
    });
    return { ok: true, messageId: info.messageId };
  } catch (caught) {
    const error: SmtpError = caught instanceof Error ? caught : new Error(String(caught));
    console.error(`[mail] sending failed (${error.code ?? "no code"}): ${error.message}`);
    return { ok: false, failure: failureOf(error) };
  }
}

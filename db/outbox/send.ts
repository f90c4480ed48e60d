import { messagesToSend, recordOutboxSends, type SendOutcome } from "../mutations/outbox";
import type { Result, WriteContext } from "../mutations/pipeline";
import type { OutboxMessage } from "../schema";
import { escapeHtml } from "@/lib/mail/text";
import { sendMail, type MailMessage, type Mailer } from "@/lib/mail/send-mail";

/** The email of one message: the greeting, the changes, the calendar as an invitation. */
export function outboxEmail(message: OutboxMessage): MailMessage {
  const text = `${message.greeting}\n\n${message.body}\n`;
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`)
    .join("\n");
  return {
    to: message.toAddress ?? "",
    subject: message.subject,
    text,
    html: `<!doctype html>\n<html lang="${message.locale}">\n<head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>\n<body style="font-family: system-ui, sans-serif; line-height: 1.5">\n${paragraphs}\n</body>\n</html>\n`,
    icalEvent: { method: "REQUEST", content: message.ics, filename: "sessions.ics" },
  };
}

/**
 * Sends the messages asked for that the viewer may send (not yet sent, with an address), one
 * by one through SMTP outside any transaction, then records each outcome. A failed message
 * stays in the outbox with its reason, to be sent again.
 */
export async function deliverOutbox(
  ctx: WriteContext,
  conferenceId: number,
  ids: readonly number[],
  mail: { mailer: Mailer; from: string },
): Promise<Result<{ sent: number; failed: number }>> {
  const chosen = messagesToSend(ctx.db, ctx.viewer, conferenceId, ids);
  if (!chosen.ok) return chosen;
  const outcomes: SendOutcome[] = [];
  for (const message of chosen.value) {
    const result = await sendMail(mail.mailer, outboxEmail(message), mail.from);
    outcomes.push(result.ok ? { id: message.id, ok: true } : { id: message.id, ok: false, failure: result.failure });
  }
  return recordOutboxSends(ctx, conferenceId, outcomes);
}

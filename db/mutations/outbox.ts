import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { findOutboxMessages } from "../queries/outbox";
import { outboxMessages, type OutboxMessage } from "../schema";
import type { MailFailure } from "@/lib/mail/send-mail";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

const greetingSchema = z.object({ greeting: z.string().trim().min(1, "required").max(500) });

/** Changes the greeting of one message the viewer may see; its changes stay as the release wrote them. */
export function editOutboxGreeting(
  ctx: WriteContext,
  conferenceId: number,
  messageId: number,
  input: unknown,
): Result<OutboxMessage> {
  return write(ctx, {
    authorize: ({ db, viewer }) => findOutboxMessages(db, viewer, conferenceId, [messageId])[0] ?? null,
    schema: greetingSchema,
    input,
    run: (tx, { greeting }, message) => {
      const value = tx
        .update(outboxMessages)
        .set({ greeting })
        .where(eq(outboxMessages.id, message.id))
        .returning()
        .get();
      return {
        value,
        audit: {
          conferenceId,
          action: "outbox.greeting",
          entityType: "outbox",
          entityId: message.id,
          details: { title: message.speakerName, greeting: { before: message.greeting, after: greeting } },
        },
      };
    },
  });
}

/**
 * The messages to send now, of those asked for: the viewer's own scope, not yet sent, with an
 * address. Refuses when none is left, so the page can say why.
 */
export function messagesToSend(
  db: Conn,
  viewer: WriteContext["viewer"],
  conferenceId: number,
  ids: readonly number[],
): Result<OutboxMessage[]> {
  if (ids.length === 0) return refuse.because("outboxNothingSelected");
  const found = findOutboxMessages(db, viewer, conferenceId, ids).filter((m) => m.status !== "sent");
  if (found.length === 0) return refuse.notFound();
  const addressed = found.filter((m) => m.toAddress);
  return addressed.length ? { ok: true, value: addressed } : refuse.because("outboxNoAddress");
}

export type SendOutcome = { id: number; ok: true } | { id: number; ok: false; failure: MailFailure };

/** Records how each send went (sent, or failed with its reason; a retry counts as one more attempt), with one audit entry. */
export function recordOutboxSends(
  ctx: WriteContext,
  conferenceId: number,
  outcomes: readonly SendOutcome[],
): Result<{ sent: number; failed: number }> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      const allowed = findOutboxMessages(
        db,
        viewer,
        conferenceId,
        outcomes.map((o) => o.id),
      );
      return allowed.length === outcomes.length ? allowed : null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, messages, now) => {
      for (const outcome of outcomes) {
        const attempts = messages.find((m) => m.id === outcome.id)!.attempts + 1;
        tx.update(outboxMessages)
          .set(
            outcome.ok
              ? { status: "sent", attempts, sentAt: now, lastError: null }
              : { status: "failed", attempts, lastError: outcome.failure },
          )
          .where(eq(outboxMessages.id, outcome.id))
          .run();
      }
      const sent = outcomes.filter((o) => o.ok).length;
      const failed = outcomes.length - sent;
      return {
        value: { sent, failed },
        audit: {
          conferenceId,
          action: "outbox.send",
          entityType: "outbox",
          entityId: outcomes[0]?.id ?? 0,
          details: { title: messages.map((m) => m.speakerName).join(", "), sent, failed },
        },
      };
    },
  });
}

import { and, eq } from "drizzle-orm";
import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import type { Conn } from "../connection";
import { webhookDeliveries, webhookEndpoints, type WebhookEndpoint } from "../schema";
import { assertCan } from "@/lib/auth/permissions";
import { webhookEvents } from "@/lib/webhooks/events";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import { checkDestination, type DestinationCheck, type Resolve } from "@/lib/webhooks/destination";
import { newSigningKey } from "@/lib/webhooks/secret";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

export const webhookEndpointFormSchema = createInsertSchema(webhookEndpoints, {
  url: z
    .string()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, message: "invalidUrl" })),
  events: z.array(z.enum(webhookEvents)).min(1, "webhookNoEvents"),
}).pick({ url: true, events: true });

/** What the form posts: the URL, and a checkbox `event:<name>` per event. */
export const endpointInput = (values: Record<string, string>) => ({
  url: values.url ?? "",
  events: webhookEvents.filter((e) => values[`event:${e}`] === "on"),
});

const findEndpoint = (db: Conn, conferenceId: number, endpointId: number) =>
  db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.conferenceId, conferenceId)))
    .get();

/** Organizers only; the endpoint must be the conference's (null refuses as not found). */
const authorizeEndpoint =
  (conferenceId: number, endpointId: number) =>
  ({ db, viewer }: WriteContext) => {
    assertCan(viewer, { action: "conference.manage", conferenceId });
    return findEndpoint(db, conferenceId, endpointId) ?? null;
  };

const audit = (endpoint: WebhookEndpoint, action: "webhook.create" | "webhook.update" | "webhook.delete") => ({
  conferenceId: endpoint.conferenceId,
  action,
  entityType: "webhook" as const,
  entityId: endpoint.id,
  details: { title: endpoint.url, events: endpoint.events, enabled: endpoint.enabled },
});

/**
 * Registers an endpoint; the value carries its secret, to show once. Organizers only, checked
 * before the URL's host is looked up (nobody else may make this server resolve names), and
 * the host must resolve to public addresses only (unless WEBHOOKS_ALLOW_PRIVATE=1).
 */
export async function createWebhookEndpoint(
  ctx: WriteContext,
  conferenceId: number,
  input: unknown,
  resolve?: Resolve,
): Promise<Result<{ endpoint: WebhookEndpoint; secret: string }>> {
  assertCan(ctx.viewer, { action: "conference.manage", conferenceId });
  const typed = webhookEndpointFormSchema.shape.url.safeParse((input as { url?: unknown } | null)?.url);
  const destination: DestinationCheck = typed.success
    ? await checkDestination(new URL(typed.data), resolve)
    : { ok: true };
  return write(ctx, {
    authorize: ({ viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return {};
    },
    schema: webhookEndpointFormSchema,
    input,
    run: (tx, parsed, _scope, now) => {
      if (!destination.ok) return refuse.field("url", destination.code);
      const { signingKey, secret } = newSigningKey();
      const endpoint = tx
        .insert(webhookEndpoints)
        .values({ ...parsed, conferenceId, signingKey, createdByUserId: ctx.viewer?.userId ?? null, createdAt: now })
        .returning()
        .get();
      return { value: { endpoint, secret }, audit: audit(endpoint, "webhook.create") };
    },
  });
}

/** Pauses (deliveries wait, still queued) or resumes an endpoint. */
export function setWebhookEndpointEnabled(
  ctx: WriteContext,
  conferenceId: number,
  endpointId: number,
  enabled: boolean,
): Result<WebhookEndpoint> {
  return write(ctx, {
    authorize: authorizeEndpoint(conferenceId, endpointId),
    schema: z.unknown(),
    input: null,
    run: (tx) => {
      const endpoint = tx
        .update(webhookEndpoints)
        .set({ enabled })
        .where(eq(webhookEndpoints.id, endpointId))
        .returning()
        .get();
      return { value: endpoint, audit: audit(endpoint, "webhook.update") };
    },
  });
}

/** Deletes an endpoint and its deliveries, sent or queued. */
export function deleteWebhookEndpoint(ctx: WriteContext, conferenceId: number, endpointId: number): Result<null> {
  return write(ctx, {
    authorize: authorizeEndpoint(conferenceId, endpointId),
    schema: z.unknown(),
    input: null,
    run: (tx, _input, endpoint) => {
      tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).run();
      return { value: null, audit: audit(endpoint, "webhook.delete") };
    },
  });
}

/**
 * Sends a delivery again: due at once, with a new 24 hours of retries, under the same
 * webhook-id and body (as GitHub's and Svix's redeliveries do), so a receiver that already
 * handled it can tell.
 */
export function redeliverWebhook(ctx: WriteContext, conferenceId: number, deliveryId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return (
        db
          .select({ id: webhookDeliveries.id, messageId: webhookDeliveries.messageId, event: webhookDeliveries.event })
          .from(webhookDeliveries)
          .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.conferenceId, conferenceId)))
          .get() ?? null
      );
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, delivery, now) => {
      tx.update(webhookDeliveries)
        .set({ status: "pending", nextAttemptAt: now, retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS) })
        .where(eq(webhookDeliveries.id, deliveryId))
        .run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "webhook.redeliver",
          entityType: "webhook",
          entityId: delivery.id,
          details: { title: delivery.messageId, event: delivery.event },
        },
      };
    },
  });
}

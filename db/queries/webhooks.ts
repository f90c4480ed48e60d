import { and, count, desc, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { webhookDeliveries, webhookEndpoints, type WebhookDeliveryStatus } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { WebhookEvent } from "@/lib/webhooks/events";

export interface WebhookEndpointView {
  id: number;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  createdAt: Date;
  counts: Record<WebhookDeliveryStatus, number>;
}

/** A conference's endpoints, oldest first, with how many deliveries each has in each state; never their keys. Organizers only. */
export function listWebhookEndpoints(db: Conn, viewer: Viewer | null, conferenceId: number): WebhookEndpointView[] {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = db
    .select({ endpointId: webhookDeliveries.endpointId, status: webhookDeliveries.status, n: count() })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.conferenceId, conferenceId))
    .groupBy(webhookDeliveries.endpointId, webhookDeliveries.status)
    .all();
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      events: webhookEndpoints.events,
      enabled: webhookEndpoints.enabled,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.conferenceId, conferenceId))
    .orderBy(webhookEndpoints.id)
    .all()
    .map((e) => ({
      ...e,
      counts: Object.fromEntries(
        (["pending", "delivered", "failed"] as const).map((s) => [
          s,
          counts.find((c) => c.endpointId === e.id && c.status === s)?.n ?? 0,
        ]),
      ) as Record<WebhookDeliveryStatus, number>,
    }));
}

export const DELIVERIES_SHOWN = 100;

/** The conference's latest deliveries, newest first, with their endpoint's URL. Organizers only. */
export function listWebhookDeliveries(db: Conn, viewer: Viewer | null, conferenceId: number, limit = DELIVERIES_SHOWN) {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db
    .select({
      id: webhookDeliveries.id,
      messageId: webhookDeliveries.messageId,
      event: webhookDeliveries.event,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      createdAt: webhookDeliveries.createdAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastDurationMs: webhookDeliveries.lastDurationMs,
      lastError: webhookDeliveries.lastError,
      url: webhookEndpoints.url,
    })
    .from(webhookDeliveries)
    .innerJoin(
      webhookEndpoints,
      and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.conferenceId, conferenceId)),
    )
    .where(eq(webhookDeliveries.conferenceId, conferenceId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit)
    .all();
}

export type WebhookDeliveryView = ReturnType<typeof listWebhookDeliveries>[number];

import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { createdAt, instant, mentionedId, ownerId } from "./columns";
import { conferenceOwned } from "./conference-owned";
import { users } from "./users";

/**
 * A receiver an organizer registered for one conference. The signing key is kept
 * (HMAC needs it on every delivery) but shown only once, when the endpoint is made.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    ...conferenceOwned(),
    url: text().notNull(),
    events: text({ mode: "json" }).$type<WebhookEvent[]>().notNull(),
    /** The key's bytes, base64 (the `whsec_` secret without its prefix). */
    signingKey: text().notNull(),
    enabled: integer({ mode: "boolean" }).notNull().default(true),
    createdByUserId: mentionedId(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_conference").on(t.conferenceId)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";

/**
 * One message to one endpoint: the queue itself. A worker claims a due row by setting
 * `leaseUntil` in a transaction before sending, so a crashed worker's claim simply expires.
 * `body` is fixed at enqueue: every attempt sends the same bytes under the same `messageId`.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    ...conferenceOwned(),
    endpointId: ownerId(() => webhookEndpoints.id),
    messageId: text().notNull().unique(),
    event: text().$type<WebhookEvent>().notNull(),
    body: text().notNull(),
    status: text().$type<WebhookDeliveryStatus>().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: instant().notNull(),
    leaseUntil: instant(),
    /** Failed attempts stop being retried after this moment (24 hours after enqueue or redelivery). */
    retryUntil: instant().notNull(),
    lastAttemptAt: instant(),
    lastStatusCode: integer(),
    lastDurationMs: integer(),
    lastError: text(),
    deliveredAt: instant(),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_deliveries_due").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_conference").on(t.conferenceId, t.createdAt),
    index("webhook_deliveries_endpoint").on(t.endpointId),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

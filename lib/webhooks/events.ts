// The events a conference's endpoints may subscribe to: a closed list, so the form, the
// queue and the README name the same ones.
export const webhookEvents = ["release.published", "speaker.updated"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === "string" && (webhookEvents as readonly string[]).includes(value);

/** The Standard Webhooks envelope every delivery's body has: the event, when it happened, and its data. */
export interface WebhookEnvelope<Data> {
  type: WebhookEvent;
  timestamp: string;
  data: Data;
}

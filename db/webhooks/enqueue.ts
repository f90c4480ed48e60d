import { randomUUID } from "node:crypto";
import { and, desc, eq, ne } from "drizzle-orm";
import type { Conn } from "../connection";
import { findLatestRelease } from "../queries/revision";
import { releases, speakers, webhookDeliveries, webhookEndpoints, type Release } from "../schema";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import type { WebhookEnvelope, WebhookEvent } from "@/lib/webhooks/events";
import { releasePublishedData, speakerUpdatedData } from "@/lib/webhooks/payloads";
import { siteUrl } from "@/lib/site-url";

// Events are queued inside the transaction of the write they report: the release or the
// profile edit and its deliveries commit together or not at all, whichever process writes
// (the workspace, or `npm run import -- --publish`); the server's worker sends them later.

/** A new Standard Webhooks message id, the receiver's key for telling a retry from a new event. */
export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

/**
 * Queues one delivery of `event` to each enabled endpoint of the conference that subscribes
 * to it. `data` is built only when someone listens. Returns how many were queued.
 */
export function enqueueWebhookEvent<Data>(
  tx: Conn,
  conferenceId: number,
  event: WebhookEvent,
  data: () => Data | null,
  now: Date,
): number {
  const endpoints = tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.conferenceId, conferenceId), eq(webhookEndpoints.enabled, true)))
    .all()
    .filter((e) => e.events.includes(event));
  if (endpoints.length === 0) return 0;
  const payload = data();
  if (payload === null) return 0;
  const envelope: WebhookEnvelope<Data> = { type: event, timestamp: now.toISOString(), data: payload };
  const body = JSON.stringify(envelope);
  for (const endpoint of endpoints)
    tx.insert(webhookDeliveries)
      .values({
        conferenceId,
        endpointId: endpoint.id,
        messageId: newMessageId(),
        event,
        body,
        nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
        createdAt: now,
      })
      .run();
  return endpoints.length;
}

/** `release.published` for a release just inserted in `tx`: its changelog and the addresses of the exports. */
export function enqueueReleasePublished(tx: Conn, release: Release): number {
  return enqueueWebhookEvent(
    tx,
    release.conferenceId,
    "release.published",
    () => {
      const previous = tx
        .select({ snapshot: releases.snapshot })
        .from(releases)
        .where(and(eq(releases.conferenceId, release.conferenceId), ne(releases.id, release.id)))
        .orderBy(desc(releases.publishedAt), desc(releases.id))
        .limit(1)
        .get();
      return releasePublishedData(release, previous?.snapshot ?? null, siteUrl());
    },
    release.publishedAt,
  );
}

/**
 * `speaker.updated` after a speaker changed their own profile `speakerId`, when the latest
 * release of its conference shows them (a profile nobody can see yet is not news). The
 * payload is the profile as it is now, whether or not the release has been refreshed yet.
 */
export function enqueueSpeakerUpdated(tx: Conn, speakerId: number, now: Date): number {
  const profile = tx.select().from(speakers).where(eq(speakers.id, speakerId)).get();
  if (!profile) return 0;
  return enqueueWebhookEvent(
    tx,
    profile.conferenceId,
    "speaker.updated",
    () => {
      const release = findLatestRelease(tx, profile.conferenceId);
      if (!release) return null;
      const { name, position, organization, bio, photo, links, translations } = profile;
      const snapshot = {
        ...release.snapshot,
        speakers: release.snapshot.speakers.map((s) =>
          s.guid === profile.guid ? { ...s, name, position, organization, bio, photo, links, translations } : s,
        ),
      };
      return speakerUpdatedData(snapshot, profile.guid, siteUrl());
    },
    now,
  );
}

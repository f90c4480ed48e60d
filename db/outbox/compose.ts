import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Conn } from "../connection";
import { invitations, outboxMessages, releases, speakers, users, type Release } from "../schema";
import { mailConfigFromEnv } from "@/lib/mail/mail-config";
import { composeSpeakerMessages } from "@/lib/outbox/speaker-messages";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { siteUrl } from "@/lib/site-url";

/** The address a speaker is reached at: their account's, else the newest invitation not revoked. */
function addressOf(tx: Conn, speakerId: number): string | null {
  const account = tx
    .select({ email: users.email })
    .from(speakers)
    .innerJoin(users, eq(users.id, speakers.userId))
    .where(eq(speakers.id, speakerId))
    .get();
  if (account) return account.email;
  return (
    tx
      .select({ email: invitations.email })
      .from(invitations)
      .where(and(eq(invitations.speakerId, speakerId), isNull(invitations.revokedAt)))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .get()?.email ?? null
  );
}

/** The From address, bare, for the calendar's ORGANIZER; a no-reply of the site when mail is not set up. */
function organizerEmail(): string {
  try {
    const from = mailConfigFromEnv()?.from;
    if (from) return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
  } catch {
    // Mail set up wrongly: the outbox page says so when sending; the calendar still needs a sender.
  }
  return `no-reply@${new URL(siteUrl()).hostname}`;
}

/**
 * Writes the speakers' messages of a release just inserted, in the release's transaction:
 * a release is the only thing that makes messages, so editing never does.
 */
export function composeOutbox(tx: Conn, release: Release, previous: ReleaseSnapshot | null): number {
  const ordinal = tx.select({ n: count() }).from(releases).where(eq(releases.conferenceId, release.conferenceId)).get()!
    .n;
  const messages = composeSpeakerMessages({
    previous,
    next: release.snapshot,
    changelog: release.changelog,
    version: release.version,
    publishedAt: release.publishedAt,
    ordinal,
    origin: siteUrl(),
    organizer: { name: release.snapshot.conference.name, email: organizerEmail() },
  });
  for (const m of messages) {
    // A speaker deleted since the previous release has no row left to point at.
    const exists = tx.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, m.speakerId)).get();
    tx.insert(outboxMessages)
      .values({
        conferenceId: release.conferenceId,
        releaseId: release.id,
        speakerId: exists ? m.speakerId : null,
        speakerName: m.name,
        toAddress: exists ? addressOf(tx, m.speakerId) : null,
        locale: m.locale,
        forumIds: m.forumIds,
        subject: m.subject,
        greeting: m.greeting,
        body: m.body,
        ics: m.ics,
        createdAt: release.publishedAt,
      })
      .run();
  }
  return messages.length;
}

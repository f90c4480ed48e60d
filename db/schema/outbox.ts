import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Locale } from "@/lib/domain/vocabulary";
import { createdAt, instant, mentionedId, ownerId } from "./columns";
import { conferenceOwned } from "./conference-owned";
import { releases } from "./releases";
import { speakers } from "./speakers";

export type OutboxStatus = "waiting" | "sent" | "failed";

/**
 * A message to one speaker about what one release changed in their sessions. Written by the
 * release in its own transaction, never while editing; the organizer edits the greeting and
 * sends it. `forumIds` are the forums of the sessions it is about: forum editors see those only.
 */
export const outboxMessages = sqliteTable(
  "outbox_messages",
  {
    ...conferenceOwned(),
    releaseId: ownerId(() => releases.id),
    speakerId: mentionedId(() => speakers.id),
    speakerName: text().notNull(),
    /** The address known for the speaker when the release was published: their account's, else their invitation's. */
    toAddress: text(),
    locale: text().$type<Locale>().notNull(),
    forumIds: text({ mode: "json" }).$type<number[]>().notNull(),
    subject: text().notNull(),
    greeting: text().notNull(),
    /** The changes, one paragraph per session, in the message's language. */
    body: text().notNull(),
    /** The attached iCalendar (METHOD:REQUEST) of the speaker's sessions. */
    ics: text().notNull(),
    status: text().$type<OutboxStatus>().notNull().default("waiting"),
    attempts: integer().notNull().default(0),
    /** Why the last send failed, as a mail failure code (lib/mail/send-mail.ts). */
    lastError: text(),
    sentAt: instant(),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_messages_conference").on(t.conferenceId, t.status),
    uniqueIndex("outbox_messages_release_speaker").on(t.releaseId, t.speakerId),
  ],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;

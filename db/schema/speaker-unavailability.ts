import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, ownerId } from "./columns";
import { conferences } from "./conferences";
import { speakers } from "./speakers";

/** Times a speaker cannot be scheduled at one conference; the schedule editor checks against them. */
export const speakerUnavailability = sqliteTable(
  "speaker_unavailability",
  {
    id: id(),
    speakerId: ownerId(() => speakers.id),
    conferenceId: ownerId(() => conferences.id),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    check("speaker_unavailability_range", sql`${t.endsAt} > ${t.startsAt}`),
    index("speaker_unavailability_speaker").on(t.speakerId, t.conferenceId),
  ],
);

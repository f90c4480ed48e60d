import { and, asc, count, eq } from "drizzle-orm";
import type { GeneratedConference } from "@/db/bench/generate";
import type { Db } from "@/db/connection";
import { forums, rooms, sessionPeople, sessions, speakers } from "@/db/schema";
import { aspects, domains, technologies } from "@/lib/bench/words";
import type { BenchResults } from "./results";
import { pickSearchTerms } from "./search-terms";

/** What the bench requests of the generated conference: day 1, its first talk, a speaker of it, two search terms. */
export function conferenceFacts(db: Db, generated: GeneratedConference): BenchResults["conference"] {
  const { conferenceId, document } = generated;
  const talk = db
    .select({ id: sessions.id, guid: sessions.guid })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(and(eq(forums.conferenceId, conferenceId), eq(sessions.status, "confirmed"), eq(sessions.kind, "talk")))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(1)
    .get();
  if (!talk) throw new Error("The generated conference has no confirmed talk");
  const speaker = db.select({ slug: speakers.slug }).from(sessionPeople).innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId)).where(eq(sessionPeople.sessionId, talk.id)).limit(1).get();
  const { startDate, endDate } = document.conference;
  return {
    slug: generated.slug,
    sessions: document.events.length,
    rooms: db.select({ n: count() }).from(rooms).where(eq(rooms.conferenceId, conferenceId)).get()!.n,
    speakers: db.select({ n: count() }).from(speakers).get()!.n,
    days: Math.round((Date.parse(endDate) - Date.parse(startDate)) / 86_400_000) + 1,
    day1: startDate,
    sessionGuid: talk.guid,
    speakerSlug: speaker?.slug ?? "",
    searchTerms: pickSearchTerms(
      document.events.map((e) => e.title),
      [...technologies, ...domains, ...aspects].map((t) => t.zh),
    ),
  };
}

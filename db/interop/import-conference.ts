import { and, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { releaseVersionSchema } from "@/lib/release/version";
import { insertReleaseInTransaction } from "../releases/publish";
import { conferences, releases } from "../schema";
import { problemsOf } from "@/lib/errors/zod-problems";
import { atPath } from "@/lib/interop/import-report";
import { type ScheduleDocument, type ScheduleEvent, ScheduleFormatError } from "@/lib/interop/schedule-document";
import { instantToLocalDate } from "@/lib/time/zoned";

// The conference an import writes into: made from the file's when it is new, its days
// widened to the file's when it exists, and the release the import may publish.

export function createConference(
  t: Conn,
  slug: string,
  timeZone: string,
  document: ScheduleDocument,
  published: boolean,
): number {
  const c = document.conference;
  const chinese = c.languages.some((l) => l.startsWith("zh"));
  return t
    .insert(conferences)
    .values({
      slug,
      name: c.title || slug,
      theme: c.subtitle,
      city: c.city,
      venue: c.venue,
      timeZone,
      startDate: c.startDate,
      endDate: c.endDate,
      defaultLocale: chinese ? "zh-CN" : "en",
      website: c.url,
      published,
    })
    .returning({ id: conferences.id })
    .get().id;
}

/** An existing conference's days grow to cover the file's events; they never shrink. */
export function widenDates(
  t: Conn,
  conference: typeof conferences.$inferSelect,
  events: ScheduleEvent[],
  timeZone: string,
) {
  if (events.length === 0) return;
  const dates = events.map((e) => instantToLocalDate(new Date(e.start), timeZone)).sort();
  const startDate = dates[0]! < conference.startDate ? dates[0]! : conference.startDate;
  const endDate = dates.at(-1)! > conference.endDate ? dates.at(-1)! : conference.endDate;
  if (startDate !== conference.startDate || endDate !== conference.endDate)
    t.update(conferences).set({ startDate, endDate }).where(eq(conferences.id, conference.id)).run();
}

/**
 * Publishes the imported programme as a release named `given` (else after the moment),
 * inside the import's transaction (as a savepoint), so a refusal later still writes nothing.
 */
export function publishImported(
  db: Conn,
  input: { conferenceId: number; given: string; userId: number | null; now: Date },
): string {
  const named = releaseVersionSchema.safeParse(
    input.given.trim() || `import-${input.now.toISOString().slice(0, 19).replace(/[-:T]/g, "")}`,
  );
  if (!named.success) {
    const max = Object.values(problemsOf(named.error))[0]?.values?.max ?? "";
    throw new ScheduleFormatError("releaseNameTooLong", atPath("--version"), { max });
  }
  const version = named.data;
  const taken = db
    .select({ id: releases.id })
    .from(releases)
    .where(and(eq(releases.conferenceId, input.conferenceId), eq(releases.version, version)))
    .get();
  if (taken) throw new ScheduleFormatError("releaseNameTaken", atPath("--publish"), { version });
  insertReleaseInTransaction(db, { conferenceId: input.conferenceId, version, userId: input.userId, at: input.now });
  return version;
}

import { count, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { conferences, releases, type Conference } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

/** A conference as its lists and editors name it: its dates, in its zone. */
export const conferenceSummaryColumns = {
  id: conferences.id,
  slug: conferences.slug,
  name: conferences.name,
  timeZone: conferences.timeZone,
  startDate: conferences.startDate,
  endDate: conferences.endDate,
};

/** A conference's IANA time zone, in which local times are shown and taken; undefined for no such conference. */
export const findTimeZone = (db: Conn, conferenceId: number): string | undefined =>
  db.select({ timeZone: conferences.timeZone }).from(conferences).where(eq(conferences.id, conferenceId)).get()
    ?.timeZone;

/** The conference a form names by slug (`$conference`), as id and slug; rights are the write's to check. */
export function findConferenceBySlug(db: Conn, slug: string): { id: number; slug: string } | null {
  if (!slug) return null;
  const row = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}

/** A conference's settings and how many releases it has (publishing shows nothing without one). Organizers only. */
export function getConferenceSettings(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
): (Conference & { releaseCount: number }) | null {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const conference = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
  if (!conference) return null;
  const releaseCount =
    db.select({ n: count() }).from(releases).where(eq(releases.conferenceId, conferenceId)).get()?.n ?? 0;
  return { ...conference, releaseCount };
}

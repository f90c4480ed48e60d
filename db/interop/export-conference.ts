import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { findLatestRelease } from "../queries/revision";
import { buildReleaseSnapshot } from "../releases/build-snapshot";
import { conferences } from "../schema";
import { sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar } from "@/lib/calendar/ics";
import type { Locale } from "@/lib/domain/vocabulary";
import { renderSchedule } from "@/lib/interop/render-export";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import packageJson from "@/package.json";
import { conferenceCsv } from "./conference-csv";

export const exportFormats = ["xml", "json", "json2", "ics", "csv", "csv-speakers"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * A conference in an export format, for the command line (which has the
 * shell's authority): its last release, or with `draft` the working programme
 * as it would be published now. CSV is always the working data, private fields included.
 */
export function exportConference(
  db: Db,
  slug: string,
  format: ExportFormat,
  options: { draft: boolean; origin: string; locale: Locale; now?: Date },
): { ok: true; body: string } | { ok: false; message: string } {
  const conference = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  if (!conference) return { ok: false, message: `No conference with the slug “${slug}”.` };
  if (format === "csv" || format === "csv-speakers")
    return { ok: true, body: conferenceCsv(db, conference.id, format === "csv" ? "sessions" : "speakers") };
  const now = options.now ?? new Date();
  let source: { snapshot: ReleaseSnapshot; version: string; at: Date };
  if (options.draft) source = { snapshot: buildReleaseSnapshot(db, conference.id), version: "draft", at: now };
  else {
    const latest = findLatestRelease(db, conference.id);
    if (!latest)
      return {
        ok: false,
        message: `“${slug}” has no release yet: publish one, or export the working programme with --draft.`,
      };
    source = { snapshot: latest.snapshot, version: latest.version, at: latest.publishedAt };
  }
  if (format === "ics")
    return {
      ok: true,
      body: buildCalendar(source.snapshot, {
        locale: options.locale,
        url: sessionPageUrl(options.origin, slug),
        stamp: source.at,
      }),
    };
  return {
    ok: true,
    body: renderSchedule(format, source.snapshot, {
      origin: options.origin,
      version: source.version,
      generatedAt: now,
      generatorVersion: packageJson.version,
    }),
  };
}

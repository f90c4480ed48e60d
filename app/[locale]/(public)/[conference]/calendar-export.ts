import "server-only";
import { hasLocale } from "next-intl";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, type CalendarOptions } from "@/lib/calendar/ics";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** What one calendar takes of a release. */
export interface CalendarPart {
  /** What the bytes depend on besides the release, language and site: the slugs or guids chosen. */
  keys: readonly string[];
  /** The file's ASCII name after the conference's slug (`{conference}-{suffix}.ics`); none for the whole schedule. */
  suffix: string | null;
  /** The file's real name, without `.ics`. */
  title: string;
  /** Which sessions go in, and the calendar's own name when it is not the conference's. */
  select: Pick<CalendarOptions, "sessionGuids" | "forum" | "name">;
}

/**
 * A calendar of a conference's latest release in the request's language (`kind`: schedule, my-agenda, forum,
 * session): 404 where the public may see nothing; `choose` picks its part of the release, or answers a 404 itself.
 */
export async function calendarExport(
  request: Request,
  params: Promise<{ locale: string; conference: string }>,
  kind: string,
  choose: (snapshot: ReleaseSnapshot, locale: Locale) => CalendarPart | Response,
): Promise<Response> {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return calendarNotFound("Conference not found.");
  const part = choose(programme.snapshot, locale);
  if (part instanceof Response) return part;
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return calendarResponse(request, {
    etag: etagOf([programme.revision, calendarFormat, kind, conference, locale, origin, ...part.keys]),
    filename: {
      ascii: part.suffix === null ? `${conference}.ics` : `${conference}-${part.suffix}.ics`,
      name: `${part.title}.ics`,
    },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        ...part.select,
        url: sessionPageUrl(origin, conference),
        stamp: new Date(programme.publishedAt),
      }),
  });
}

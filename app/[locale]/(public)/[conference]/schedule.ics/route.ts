import { hasLocale } from "next-intl";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, conferenceName } from "@/lib/calendar/ics";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** The whole published programme as one calendar, to import or subscribe to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule.ics">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return calendarNotFound("Conference not found.");
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return calendarResponse(request, {
    etag: etagOf([programme.revision, calendarFormat, "schedule", conference, locale, origin]),
    filename: { ascii: `${conference}.ics`, name: `${conferenceName(programme.snapshot, locale)}.ics` },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        url: sessionPageUrl(origin, conference),
        stamp: new Date(programme.publishedAt),
      }),
  });
}

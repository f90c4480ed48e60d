import { hasLocale } from "next-intl";
import { getPublishedProgramme } from "@/db/queries/public";
import { programmeRevision } from "@/db/queries/published";
import { routing } from "@/i18n/routing";
import { calendarETag, calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, conferenceName } from "@/lib/calendar/ics";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** The whole published programme as one calendar, to import or subscribe to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule.ics">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await getPublishedProgramme(conference);
  if (!programme) return calendarNotFound("Conference not found.");
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return calendarResponse(request, {
    etag: calendarETag([calendarFormat, "schedule", conference, programmeRevision(programme), locale, origin]),
    filename: { ascii: `${conference}.ics`, name: `${conferenceName(programme.snapshot, locale)}.ics` },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        url: sessionPageUrl(origin, conference),
        stamp: new Date(programme.publishedAt),
      }),
  });
}

import { hasLocale } from "next-intl";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat } from "@/lib/calendar/ics";
import { translate } from "@/lib/domain/translations";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** One session of the published programme, for "add to calendar". */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/sessions/[session]/calendar.ics">,
) {
  const { locale, conference, session: guid } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return calendarNotFound("Conference not found.");
  const session = programme.snapshot.sessions.find((s) => s.guid === guid.toLowerCase());
  if (!session) return calendarNotFound("Session not found.");
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return calendarResponse(request, {
    etag: etagOf([programme.revision, calendarFormat, "session", conference, locale, origin, session.guid]),
    filename: {
      ascii: `${conference}-${session.guid}.ics`,
      name: `${translate(session, "title", locale) ?? session.title}.ics`,
    },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        sessionGuids: [session.guid],
        url: sessionPageUrl(origin, conference),
        stamp: new Date(programme.publishedAt),
      }),
  });
}

import { hasLocale } from "next-intl";
import { getPublishedProgramme } from "@/db/queries/public";
import { programmeRevision } from "@/db/queries/published";
import { routing } from "@/i18n/routing";
import { calendarETag, calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat } from "@/lib/calendar/ics";
import { translate } from "@/lib/domain/translations";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** One session of the published programme, for "add to calendar". */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/sessions/[session]/calendar.ics">,
) {
  const { locale, conference, session: guid } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await getPublishedProgramme(conference);
  if (!programme) return calendarNotFound("Conference not found.");
  const session = programme.snapshot.sessions.find((s) => s.guid === guid.toLowerCase());
  if (!session) return calendarNotFound("Session not found.");
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  return calendarResponse(request, {
    etag: calendarETag([
      calendarFormat,
      "session",
      conference,
      programmeRevision(programme),
      locale,
      origin,
      session.guid,
    ]),
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

import { hasLocale } from "next-intl";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { calendarNotFound, calendarResponse, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, conferenceName } from "@/lib/calendar/ics";
import { translate } from "@/lib/domain/translations";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** One forum of the published programme, to subscribe to just that summit. */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/forums/[forum]/calendar.ics">,
) {
  const { locale, conference, forum: slug } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return calendarNotFound("Conference not found.");
  const forum = programme.snapshot.forums.find((f) => f.slug === slug);
  if (!forum) return calendarNotFound("Forum not found.");
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  const name = `${conferenceName(programme.snapshot, locale)} · ${translate(forum, "name", locale) ?? forum.name}`;
  return calendarResponse(request, {
    etag: etagOf([programme.revision, calendarFormat, "forum", conference, locale, origin, forum.slug]),
    filename: { ascii: `${conference}-${forum.slug}.ics`, name: `${name}.ics` },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        forum: forum.slug,
        name,
        url: sessionPageUrl(origin, conference),
        stamp: new Date(programme.publishedAt),
      }),
  });
}

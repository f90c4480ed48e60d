import { hasLocale } from "next-intl";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { calendarNotFound, calendarResponse, parseSessionSelection, sessionPageUrl } from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, myAgendaName } from "@/lib/calendar/ics";
import { etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** The sessions a person starred, `?sessions=guid1,guid2`; guids not in the release are left out. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/my-agenda.ics">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return calendarNotFound("Conference not found.");
  const url = new URL(request.url);
  // Links in the file point at the public site, whatever Host the request named.
  const origin = siteUrl();
  const known = new Set(programme.snapshot.sessions.map((s) => s.guid));
  const selection = parseSessionSelection(url.searchParams)
    .filter((guid) => known.has(guid))
    .sort();
  const name = myAgendaName(programme.snapshot, locale);
  return calendarResponse(request, {
    etag: etagOf([programme.revision, calendarFormat, "my-agenda", conference, locale, origin, ...selection]),
    filename: { ascii: `${conference}-my-agenda.ics`, name: `${name}.ics` },
    body: () =>
      buildCalendar(programme.snapshot, {
        locale,
        sessionGuids: selection,
        url: sessionPageUrl(origin, conference),
        name,
        stamp: new Date(programme.publishedAt),
      }),
  });
}

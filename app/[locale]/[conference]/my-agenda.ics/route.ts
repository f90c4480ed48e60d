import { hasLocale } from "next-intl";
import { getPublishedProgramme } from "@/db/queries/public";
import { programmeRevision } from "@/db/queries/published";
import { routing } from "@/i18n/routing";
import {
  calendarETag,
  calendarNotFound,
  calendarResponse,
  parseSessionSelection,
  sessionPageUrl,
} from "@/lib/calendar/http";
import { buildCalendar, calendarFormat, myAgendaName } from "@/lib/calendar/ics";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";

/** The sessions a person starred, `?sessions=guid1,guid2`; guids not in the release are left out. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/my-agenda.ics">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return calendarNotFound("Conference not found.");
  const programme = await getPublishedProgramme(conference);
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
    etag: calendarETag([
      calendarFormat,
      "my-agenda",
      conference,
      programmeRevision(programme),
      locale,
      origin,
      ...selection,
    ]),
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

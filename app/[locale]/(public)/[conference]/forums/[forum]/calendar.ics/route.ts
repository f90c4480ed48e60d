import { calendarNotFound } from "@/lib/calendar/http";
import { conferenceName } from "@/lib/calendar/ics";
import { translate } from "@/lib/domain/translations";
import { calendarExport } from "../../../calendar-export";

/** One forum of the published programme, to subscribe to just that summit. */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/forums/[forum]/calendar.ics">,
) {
  const { forum: slug } = await params;
  return calendarExport(request, params, "forum", (snapshot, locale) => {
    const forum = snapshot.forums.find((f) => f.slug === slug);
    if (!forum) return calendarNotFound("Forum not found.");
    const name = `${conferenceName(snapshot, locale)} · ${translate(forum, "name", locale) ?? forum.name}`;
    return { keys: [forum.slug], suffix: forum.slug, title: name, select: { forum: forum.slug, name } };
  });
}

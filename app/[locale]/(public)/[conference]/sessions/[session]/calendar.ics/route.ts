import { calendarNotFound } from "@/lib/calendar/http";
import { translate } from "@/lib/domain/translations";
import { calendarExport } from "../../../calendar-export";

/** One session of the published programme, for "add to calendar". */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/sessions/[session]/calendar.ics">,
) {
  const { session: guid } = await params;
  return calendarExport(request, params, "session", (snapshot, locale) => {
    const session = snapshot.sessions.find((s) => s.guid === guid.toLowerCase());
    if (!session) return calendarNotFound("Session not found.");
    return {
      keys: [session.guid],
      suffix: session.guid,
      title: translate(session, "title", locale) ?? session.title,
      select: { sessionGuids: [session.guid] },
    };
  });
}

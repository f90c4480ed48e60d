import { conferenceName } from "@/lib/calendar/ics";
import { calendarExport } from "../calendar-export";

/** The whole published programme as one calendar, to import or subscribe to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule.ics">) {
  return calendarExport(request, params, "schedule", (snapshot, locale) => ({
    keys: [],
    suffix: null,
    title: conferenceName(snapshot, locale),
    select: {},
  }));
}

import { parseSessionSelection } from "@/lib/calendar/http";
import { myAgendaName } from "@/lib/calendar/ics";
import { calendarExport } from "../calendar-export";

/** The sessions a person starred, `?sessions=guid1,guid2`; guids not in the release are left out. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/my-agenda.ics">) {
  return calendarExport(request, params, "my-agenda", (snapshot, locale) => {
    const known = new Set(snapshot.sessions.map((s) => s.guid));
    const selection = parseSessionSelection(new URL(request.url).searchParams)
      .filter((guid) => known.has(guid))
      .sort();
    const name = myAgendaName(snapshot, locale);
    return { keys: selection, suffix: "my-agenda", title: name, select: { sessionGuids: selection, name } };
  });
}

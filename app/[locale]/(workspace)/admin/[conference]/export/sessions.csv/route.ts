import { csvExport } from "../csv-export";

/** The sessions of the working programme as CSV, private fields included: organizers only. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/admin/[conference]/export/sessions.csv">,
) {
  return csvExport((await params).conference, "sessions");
}

import { csvExport } from "../csv-export";

/** The speakers of the working programme as CSV, private fields included: organizers only. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/admin/[conference]/export/speakers.csv">,
) {
  return csvExport((await params).conference, "speakers");
}

import { scheduleExport } from "@/app/[locale]/(public)/[conference]/schedule-export";

/** The published programme as schedule2.json (c3voc schedule format), for conference apps and signage. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule2.json">) {
  return scheduleExport(request, "json2", (await params).conference);
}

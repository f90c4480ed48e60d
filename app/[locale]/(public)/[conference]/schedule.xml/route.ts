import { scheduleExport } from "@/app/[locale]/(public)/[conference]/schedule-export";

/** The published programme as schedule.xml (c3voc schedule format), for conference apps and signage. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule.xml">) {
  return scheduleExport(request, "xml", (await params).conference);
}

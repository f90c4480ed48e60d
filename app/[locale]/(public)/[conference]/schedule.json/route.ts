import { scheduleExport } from "@/app/[locale]/(public)/[conference]/schedule-export";

/** The published programme as schedule.json (c3voc schedule format), for conference apps and signage. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/schedule.json">) {
  return scheduleExport(request, "json", (await params).conference);
}

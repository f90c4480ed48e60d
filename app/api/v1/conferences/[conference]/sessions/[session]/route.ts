import { preflight } from "@/lib/api/http";
import { sessionItemSchema } from "@/lib/api/schemas";
import { toApiSessions } from "@/lib/api/sessions";
import { publishedHistory, publishedItemResponse } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/sessions/[session]">,
) {
  const { conference, session } = await params;
  const guid = session.toLowerCase();
  return publishedItemResponse(
    request,
    () => publishedHistory(conference),
    sessionItemSchema,
    "Session",
    (found) => toApiSessions(found.history).find((s) => s.guid.toLowerCase() === guid),
  );
}

export const OPTIONS = preflight;

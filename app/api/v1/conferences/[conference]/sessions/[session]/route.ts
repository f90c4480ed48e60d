import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { sessionItemSchema } from "@/lib/api/schemas";
import { toApiSessions } from "@/lib/api/sessions";
import { publishedHistory } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/sessions/[session]">,
) {
  const { conference, session } = await params;
  const published = await publishedHistory(conference);
  if (!published) return notFound("Conference");
  const guid = session.toLowerCase();
  const found = toApiSessions(published.history).find((s) => s.guid.toLowerCase() === guid);
  if (!found) return notFound("Session");
  return apiResponse(request, sessionItemSchema, published.revision, () => ({ data: found }));
}

export const OPTIONS = preflight;

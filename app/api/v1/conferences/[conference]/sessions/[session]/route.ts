import { currentRevision, getReleaseHistory } from "@/db/queries/public";
import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { sessionItemSchema } from "@/lib/api/schemas";
import { toApiSessions } from "@/lib/api/sessions";
import { isSlug } from "@/lib/slug";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/sessions/[session]">,
) {
  const { conference, session } = await params;
  const at = isSlug(conference) ? currentRevision(conference) : null;
  const history = at && (await getReleaseHistory(at));
  if (!history) return notFound("Conference");
  const guid = session.toLowerCase();
  const found = toApiSessions(history).find((s) => s.guid.toLowerCase() === guid);
  if (!found) return notFound("Session");
  return apiResponse(request, sessionItemSchema, at.revision, () => ({ data: found }));
}

export const OPTIONS = preflight;

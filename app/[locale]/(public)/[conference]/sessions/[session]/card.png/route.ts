import { shareCardResponse } from "../../../_share/card-route";

/** A session's share card (its page's Open Graph image). */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/sessions/[session]/card.png">,
) {
  const { session: key, ...conference } = await params;
  return shareCardResponse(request, conference, { kind: "session", key });
}

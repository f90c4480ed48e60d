import { shareCardResponse } from "../../../_share/card-route";

/** A forum's share card (its page's Open Graph image). */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/forums/[forum]/card.png">,
) {
  const { forum: key, ...conference } = await params;
  return shareCardResponse(request, conference, { kind: "forum", key });
}

import { shareCardResponse } from "../../../_share/card-route";

/** A speaker's share card (its page's Open Graph image). */
export async function GET(
  request: Request,
  { params }: RouteContext<"/[locale]/[conference]/speakers/[speaker]/card.png">,
) {
  const { speaker: key, ...conference } = await params;
  return shareCardResponse(request, conference, { kind: "speaker", key });
}

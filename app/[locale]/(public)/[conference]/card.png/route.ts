import { shareCardResponse } from "../_share/card-route";

/** The conference's share card (its pages' Open Graph image). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/card.png">) {
  return shareCardResponse(request, await params, { kind: "conference" });
}

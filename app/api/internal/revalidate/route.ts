import { revalidateTag } from "next/cache";
import { conferencesTag, conferenceTag } from "@/db/queries/public";
import { sameSecret } from "@/lib/serving/same-secret";
import { isSlug } from "@/lib/slug";

/**
 * Expires a conference's cached reads when another process changed it (the
 * command line published a release while this server runs). Only the page
 * server of this same process calls it, with the token it was started with;
 * without that token the route does not exist.
 */
export async function POST(request: Request): Promise<Response> {
  const token = process.env.PODIUM_INTERNAL_TOKEN;
  const given = request.headers.get("x-podium-internal") ?? "";
  // Any wrong token, whatever its length or characters, is a 404, never an error.
  if (!token || !sameSecret(given, token)) return new Response("Not found.\n", { status: 404 });
  const conference = (await request.text()).trim();
  if (!isSlug(conference)) return new Response("Not a conference slug.\n", { status: 400 });
  // Expired at once, not served stale once more: the next read must see the new release.
  revalidateTag(conferenceTag(conference), { expire: 0 });
  revalidateTag(conferencesTag, { expire: 0 });
  return new Response(null, { status: 204 });
}

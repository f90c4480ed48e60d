import { hasLocale } from "next-intl";
import { connection } from "next/server";
import { getLiveNowState, readNowState } from "@/db/queries/now";
import { currentRevision, getPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { minuteOf, parseAtParam } from "@/lib/now/now-params";
import { nowStateEtag } from "@/lib/now/now-state";
import { conditionalResponse } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";

/**
 * What is on now and next per room, for the now page and the room screens to poll (and
 * for any signage that wants it). Guids and times only, so it is the same in every language
 * and its ETag changes only at a session boundary or with a new release: polls get a 304.
 * `?at=` answers as at that instant, for previews.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/now.json">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return notFound();
  const at = currentRevision(conference, request.headers);
  const programme = at && (await getPublishedProgramme(at));
  if (!at || !programme) return notFound();
  const preview = parseAtParam(
    new URL(request.url).searchParams.get("at") ?? undefined,
    programme.snapshot.conference.timeZone,
  );
  await connection();
  const state = preview ? await readNowState(at, preview) : await getLiveNowState(at, minuteOf(new Date()).getTime());
  if (!state) return notFound();
  return conditionalResponse(request, {
    etag: nowStateEtag(at.revision, state),
    // Always asked again (a 304 costs nothing); signage on other origins may read it.
    headers: {
      "Cache-Control": "no-cache",
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": "ETag",
    },
    bodyHeaders: { "Content-Type": "application/json; charset=utf-8" },
    body: () => JSON.stringify(state),
  });
}

function notFound(): Response {
  return Response.json({ error: "Conference not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

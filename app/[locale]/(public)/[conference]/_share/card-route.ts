import "server-only";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readPublishedProgramme } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { sessionKinds, type Locale } from "@/lib/domain/vocabulary";
import { shareCardContent, type ShareCardTarget, type ShareCardWords } from "@/lib/share/card-content";
import { conditionalResponse, etagOf, ifNoneMatch } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { renderCardPng } from "./card-image";

// Cards are drawn once per revision, language and target, and kept here: the URL stays the
// same across releases, so the revision in the key is what retires an old card. Bounded,
// oldest out first, since each holds some tens of KB.
const CARD_VERSION = 1;
const MAX_KEPT = 300;
const kept = new Map<string, Promise<Uint8Array | null>>();

function keep(key: string, draw: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const drawn = draw();
  drawn.catch(() => kept.delete(key));
  kept.set(key, drawn);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return drawn;
}

async function cardWords(locale: Locale): Promise<ShareCardWords> {
  const t = await getTranslations({ locale, namespace: "shareCard" });
  const kinds = await getTranslations({ locale, namespace: "forum.kind" });
  return {
    forum: t("forum"),
    speaker: t("speaker"),
    sessionKind: Object.fromEntries(sessionKinds.map((k) => [k, kinds(k)])) as ShareCardWords["sessionKind"],
    sessionCount: (count) => t("sessionCount", { count }),
    separator: t("separator"),
  };
}

function notFound(): Response {
  return new Response("Not found.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The share card of a target of a conference's published release as PNG; 404 for anything unpublished. */
export async function shareCardResponse(
  request: Request,
  params: { locale: string; conference: string },
  target: ShareCardTarget,
): Promise<Response> {
  const { locale, conference } = params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return notFound();
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return notFound();
  const key = target.kind === "conference" ? "" : target.key;
  const etag = etagOf([programme.revision, "share-card", CARD_VERSION, conference, locale, target.kind, key]);
  const headers = { "Cache-Control": "public, max-age=300", Vary: "Accept-Language, Cookie" };
  const answer = (png: Uint8Array) =>
    conditionalResponse(request, {
      etag,
      headers,
      bodyHeaders: { "Content-Type": "image/png" },
      body: () => png as Uint8Array<ArrayBuffer>,
    });
  // A current copy needs neither the words nor the drawing.
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return answer(new Uint8Array());
  const png = await keep(etag, async () => {
    const card = shareCardContent(programme.snapshot, locale, target, await cardWords(locale));
    return card && renderCardPng(card);
  });
  return png ? answer(png) : notFound();
}

import { hasLocale } from "next-intl";
import { createTranslator } from "use-intl/core";
import { currentRevision, getReleaseHistory } from "@/db/queries/public";
import { routing } from "@/i18n/routing";
import { buildChangelogFeed, changelogFeedFormat } from "@/lib/feed/changelog-atom";
import { exportNotFound } from "@/lib/interop/export-http";
import { conditionalResponse, etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";
import { siteUrl } from "@/lib/site-url";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

const messages = { en, "zh-CN": zhCN } as const;

/** The conference's releases and their changes as an Atom feed, in the negotiated language. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/changelog.atom">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return exportNotFound("Conference not found.");
  const at = currentRevision(conference, request.headers);
  const history = at && (await getReleaseHistory(at));
  if (!at || !history) return exportNotFound("Conference not found.");
  // Links in the feed point at the public site, whatever Host the request named.
  const origin = siteUrl();
  const t = createTranslator({ locale, messages: messages[locale], namespace: "changelog" });
  // Keys are chosen by the change's kind at run time; every kind has words in both files.
  const say = (key: string, values?: Record<string, string | number>) => t(key as "title", values);
  return conditionalResponse(request, {
    etag: etagOf([at.revision, changelogFeedFormat, "changelog.atom", conference, locale, origin]),
    // The proxy picks the language from the cookie or Accept-Language, and the URL does not show it.
    headers: { "Cache-Control": "public, max-age=300", Vary: "Accept-Language, Cookie" },
    bodyHeaders: { "Content-Type": "application/atom+xml; charset=utf-8" },
    body: () => buildChangelogFeed(history, { origin, locale, say }),
  });
}

import type { IncomingMessage, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import type { Locale } from "@/lib/domain/vocabulary";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { ifNoneMatch } from "@/lib/serving/etag";
import { canonicalPage, publicPageRequest, type CanonicalPage, type PageRequest } from "@/lib/serving/page-key";
import { storedPage, type PageStore, type StoredPage } from "./page-store";
import type { Render, Rendered } from "./render";
import type { Revisions } from "./revisions";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** What a render gave: bytes kept for everyone, an answer to pass on as it is (a 404, a redirect), or nothing (it failed). */
type Outcome = { page: StoredPage } | { relay: Rendered } | null;

// Rendered types the store keeps: pages and the schedule exports.
const storable = /^(text\/html|text\/calendar|application\/xml|application\/json)\b/;
// Headers of the original answer that a stored copy must repeat. Pages get the store's own
// caching; exports keep theirs (apps poll them with a max-age).
const replayed = [
  "access-control-allow-origin",
  "access-control-expose-headers",
  "content-disposition",
  "x-content-type-options",
  // The release a public page belongs to: the service worker keeps pages under it (proxy.ts).
  "x-podium-revision",
];
const encodings = ["br", "gzip", "identity"];
// negotiator 1.x breaks ties by the server's preference; its published types predate that option.
type EncodingWithPreference = (available: string[], options: { preferred: string[] }) => string | undefined;
// Not passed on from a render: connection-level, recomputed, or meant for the render request alone.
const notRelayed = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date", "set-cookie"]);

export interface PublicPagesOptions {
  store: PageStore;
  revisions: Revisions;
  /** Next.js's own handler. */
  next: Handle;
  render: Render;
  /** True for the page server's own render requests, which go straight to Next.js. */
  isRender: (req: IncomingMessage) => boolean;
  extraHeaders: Record<string, string>;
}

/**
 * Public pages from rendered bytes. A published release is an immutable
 * snapshot, so a page is rendered by Next.js once per release and language,
 * compressed once, and then served as bytes with a strong ETag, at the speed
 * of a static file server, compressed from the very first answer. Bytes are kept
 * under the conference's revision: a new one makes them unreachable, whoever
 * wrote it. Everything else goes to Next.js unchanged.
 */
export class PublicPages {
  private readonly inflight = new Map<string, Promise<Outcome>>();
  /** The revision each conference was last served at, to give back the memory of older pages. */
  private readonly seen = new Map<string, string>();

  constructor(private readonly options: PublicPagesOptions) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { next, store, extraHeaders } = this.options;
    if (this.options.isRender(req)) return next(req, res);
    const request = req.method === "GET" || req.method === "HEAD" ? this.pageOf(req) : null;
    const state = request ? this.safeState(request.conference) : null;
    if (!request || !state) return next(req, res);
    this.notice(request.conference, state.revision);
    const page = canonicalPage(request, state.facts, new Date());
    if (!page) return next(req, res);
    // The one negotiation the proxy also uses: a thousand spellings of a language are one key.
    const locale = negotiateLocale(header(req, "cookie"), header(req, "accept-language"), state.facts.defaultLocale);
    const key = `${page.conference}\u0000${page.languageFree ? "*" : locale}\u0000${page.page}`;
    const hit = store.get(key);
    if (hit && hit.revision === state.revision) return send(req, res, hit, extraHeaders, "hit");

    // Requests arriving while the page renders (and compresses) wait for that one render.
    const flight = `${key}\u0000${state.revision}`;
    let outcome = this.inflight.get(flight);
    const first = !outcome;
    if (!outcome) {
      outcome = this.renderAndKeep(page, locale, key, state.revision).finally(() => this.inflight.delete(flight));
      this.inflight.set(flight, outcome);
    }
    const result = await outcome;
    // A render that failed (timed out, say) leaves this request to Next.js, as if there were no store.
    if (!result) return next(req, res);
    if ("page" in result) return send(req, res, result.page, extraHeaders, first ? "miss" : "hit");
    relay(req, res, result.relay);
  }

  /** A new revision: the conference's older pages can never be served again, so they go now rather than by age. */
  private notice(conference: string, revision: string): void {
    const seen = this.seen.get(conference);
    if (seen === revision) return;
    if (seen !== undefined) this.options.store.forget(conference);
    if (this.seen.size > 1000) this.seen.clear();
    this.seen.set(conference, revision);
  }

  private pageOf(req: IncomingMessage): PageRequest | null {
    return publicPageRequest(req.url ?? "/", {
      rsc: header(req, "rsc"),
      nextRouterPrefetch: header(req, "next-router-prefetch"),
      nextAction: header(req, "next-action"),
    });
  }

  private safeState(conference: string) {
    try {
      return this.options.revisions.current(conference);
    } catch (error) {
      // A database that cannot answer serves nothing from the store; Next.js decides.
      console.error(error);
      return null;
    }
  }

  /**
   * Renders the canonical page in `locale` and keeps it when it is a complete 200
   * of a kept type, sets no cookie, and is in the language it is kept under.
   */
  private async renderAndKeep(page: CanonicalPage, locale: Locale, key: string, revision: string): Promise<Outcome> {
    let rendered: Rendered;
    try {
      rendered = await this.options.render(page.url, locale);
    } catch (error) {
      console.error(error);
      return null;
    }
    const { headers } = rendered;
    const contentType = String(headers["content-type"] ?? "");
    const inLanguage = page.languageFree || headers["content-language"] === locale;
    if (
      rendered.status !== 200 ||
      !storable.test(contentType) ||
      headers["set-cookie"] ||
      headers["content-encoding"] ||
      !inLanguage
    )
      return { relay: rendered };
    const names = [
      ...replayed,
      ...(page.languageFree ? [] : ["content-language"]),
      ...(contentType.startsWith("text/html") ? [] : ["cache-control"]),
    ];
    const kept: Record<string, string> = {};
    for (const name of names) if (headers[name] !== undefined) kept[name] = String(headers[name]);
    const etag = headers.etag;
    const stored = await storedPage(
      page.conference,
      revision,
      contentType,
      rendered.body,
      kept,
      etag && !etag.startsWith("W/") ? etag : undefined,
    );
    // A write may have landed while this rendered: keep only what is still current.
    if (this.safeState(page.conference)?.revision === revision)
      this.options.store.set(key, stored, page.group && `${page.conference}\u0000${page.group}`);
    return { page: stored };
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  page: StoredPage,
  extraHeaders: Record<string, string>,
  cache: "hit" | "miss",
): void {
  // One spelling per name: the page's own headers may replace the store's defaults.
  const headers: Record<string, string | number> = {};
  const put = (entries: Record<string, string>) =>
    Object.entries(entries).forEach(([name, value]) => (headers[name.toLowerCase()] = value));
  put(extraHeaders);
  put({
    "content-type": page.contentType,
    etag: page.etag,
    "cache-control": "public, max-age=0, must-revalidate",
    vary: "Accept-Encoding, Accept-Language, Cookie",
  });
  put(page.headers);
  put({ "x-podium-cache": cache });
  if (ifNoneMatch(header(req, "if-none-match"), page.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // q-values count: "br;q=0" refuses brotli. Ties go to the smaller bytes.
  const negotiator = new Negotiator({ headers: { "accept-encoding": header(req, "accept-encoding") } });
  const encoding = (negotiator.encoding as EncodingWithPreference).call(negotiator, encodings, {
    preferred: encodings,
  });
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : page.identity;
  if (encoding === "br" || encoding === "gzip") headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Passes a render's answer on as it is, for what the store does not keep (a 404, a redirect). */
function relay(req: IncomingMessage, res: ServerResponse, rendered: Rendered): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(rendered.headers))
    if (value !== undefined && !notRelayed.has(name)) headers[name] = value;
  const bodyless = req.method === "HEAD" || rendered.status === 204 || rendered.status === 304;
  if (!bodyless) headers["content-length"] = String(rendered.body.length);
  res.writeHead(rendered.status, headers);
  res.end(bodyless ? undefined : rendered.body);
}

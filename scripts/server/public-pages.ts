import type { IncomingMessage, ServerResponse } from "node:http";
import { htmlLanguage, languageInputs, publicPageRequest, type PageRequest } from "@/lib/serving/page-key";
import { PageStore, storedPage, type StoredPage } from "./page-store";
import type { Revisions } from "./revisions";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const locales = ["zh-CN", "en"];
// How long a request waits for another's render of the same page before rendering itself.
const RENDER_WAIT_MS = 20_000;
const delay = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref());
// Rendered types the store keeps: pages and the schedule exports.
const storable = /^(text\/html|text\/calendar|application\/xml|application\/json)\b/;
// Headers of the original answer that a stored copy must repeat. Pages get the store's own
// caching; exports keep theirs (apps poll them with a max-age).
const replayed = ["access-control-allow-origin", "access-control-expose-headers", "content-disposition", "x-content-type-options"];

/**
 * Public pages from rendered bytes. A published release is an immutable
 * snapshot, so a page is rendered by Next.js once per release and language,
 * compressed once, and then served as bytes with a strong ETag, at the speed
 * of a static file server. Everything else — and every page not yet rendered —
 * goes to Next.js unchanged.
 */
export class PublicPages {
  private readonly inflight = new Map<string, Promise<StoredPage | null>>();
  /** The revision each conference was last seen at, to notice changes made by other processes. */
  private readonly seen = new Map<string, Promise<string>>();

  constructor(
    private readonly store: PageStore,
    private readonly revisions: Revisions,
    private readonly next: Handle,
    private readonly extraHeaders: Record<string, string>,
    /** Expires Next.js's cached reads of a conference (its tags), for changes this process did not make. */
    private readonly expireReads: (conference: string) => Promise<void> = async () => undefined,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = req.method === "GET" || req.method === "HEAD" ? this.pageOf(req) : null;
    const state = request ? this.safeState(request.conference) : null;
    if (!request || !state) return this.next(req, res);
    await this.catchUp(request.conference, state.revision);
    const { cookieLocale, acceptLanguage } = languageInputs(header(req, "cookie"), header(req, "accept-language"), locales);
    const locale = cookieLocale ?? this.store.languageOf(request.conference, acceptLanguage);
    const key = (lang: string) => `${request.conference}\u0000${lang}\u0000${request.page}`;
    // Exports that do not depend on the language are one page for everyone; a calendar
    // has no <html lang> to learn from, so it is kept per language input as sent.
    const path = request.page.split("?")[0]!;
    const fixed = /\/schedule2?\.(xml|json)$/.test(path) ? "*" : path.endsWith(".ics") ? (cookieLocale ?? `accept:${acceptLanguage}`) : cookieLocale;
    const wanted = fixed ? key(fixed) : locale ? key(locale) : null;
    const hit = wanted ? this.store.get(wanted) : undefined;
    if (hit && hit.revision === state.revision) return send(req, res, hit, this.extraHeaders);
    if (req.method === "HEAD") return this.next(req, res);

    // Keyed by what the request says, not by what is learned on the way, so that the
    // requests arriving while the first one renders (and compresses) wait for it.
    const flightKey = `${request.conference}\u0000${cookieLocale ?? `accept:${acceptLanguage}`}\u0000${request.page}`;
    const pending = this.inflight.get(flightKey);
    if (pending) {
      const page = await Promise.race([pending, delay(RENDER_WAIT_MS)]);
      if (page && page.revision === state.revision) return send(req, res, page, this.extraHeaders);
      return this.next(req, res);
    }
    const rendering = this.capture(req, res, request, state.revision, fixed, acceptLanguage, key);
    this.inflight.set(flightKey, rendering);
    try {
      await rendering;
    } finally {
      this.inflight.delete(flightKey);
    }
  }

  invalidate(conference?: string): void {
    this.store.invalidate(conference);
    this.revisions.forget(conference);
  }

  /**
   * A revision this process has not seen: another process wrote (a release
   * published from the command line). Next.js's cached reads of the conference
   * must expire before anything is rendered for it, or a fresh key would hold
   * stale bytes. In-process writes already expired them; doing it again is harmless.
   */
  private async catchUp(conference: string, revision: string): Promise<void> {
    const known = this.seen.get(conference);
    if (known && (await known) === revision) return;
    const caught = (known ? this.expireReads(conference).catch((error: unknown) => console.error(error)) : Promise.resolve()).then(() => revision);
    this.seen.set(conference, caught);
    await caught;
  }

  private pageOf(req: IncomingMessage): PageRequest | null {
    return publicPageRequest(req.url ?? "/", { rsc: header(req, "rsc"), nextRouterPrefetch: header(req, "next-router-prefetch"), nextAction: header(req, "next-action") });
  }

  private safeState(conference: string) {
    try {
      return this.revisions.current(conference);
    } catch {
      // A database that cannot answer serves nothing from the store; Next.js decides.
      return null;
    }
  }

  /**
   * Lets Next.js answer this request while keeping a copy of the bytes. The copy
   * is stored only for a complete 200 without cookies, and for a page, only under
   * the language the page itself declares.
   */
  private async capture(req: IncomingMessage, res: ServerResponse, request: PageRequest, revision: string, fixedLocale: string | null, acceptLanguage: string, key: (lang: string) => string): Promise<StoredPage | null> {
    // The copy must be the plain bytes of a full answer: no compression, no 304.
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    };
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      return write(chunk, encoding, callback);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      return end(chunk, encoding, callback);
    }) as typeof res.end;
    const finished = new Promise<boolean>((resolve) => {
      res.once("finish", () => resolve(true));
      res.once("close", () => resolve(res.writableFinished));
    });
    // Next.js may never settle for a client that went away; the response's own end decides.
    this.next(req, res).catch(() => undefined);
    const complete = await Promise.race([finished, delay(RENDER_WAIT_MS).then(() => false)]);
    const contentType = String(res.getHeader("content-type") ?? "");
    const cookies = res.getHeader("set-cookie");
    const onlyLocaleCookie = !cookies || [cookies].flat().every((c) => String(c).startsWith("NEXT_LOCALE="));
    if (!complete || res.statusCode !== 200 || !storable.test(contentType) || !onlyLocaleCookie || res.getHeader("content-encoding")) return null;
    const body = Buffer.concat(chunks);
    let locale = fixedLocale;
    if (contentType.startsWith("text/html")) {
      const declared = htmlLanguage(body.toString("utf8", 0, Math.min(body.length, 4000)));
      if (!declared || !locales.includes(declared) || (fixedLocale && fixedLocale !== declared)) return null;
      locale = declared;
      if (!fixedLocale) this.store.learnLanguage(request.conference, acceptLanguage, declared);
    }
    if (!locale) return null;
    const kept: Record<string, string> = {};
    for (const name of [...replayed, ...(contentType.startsWith("text/html") ? [] : ["cache-control"])]) {
      const value = res.getHeader(name);
      if (value !== undefined) kept[name] = String(value);
    }
    const etag = res.getHeader("etag");
    const page = await storedPage(request.conference, revision, contentType, body, kept, typeof etag === "string" && !etag.startsWith("W/") ? etag : undefined);
    // A write may have landed while this rendered: store only what is still current.
    if (this.safeState(request.conference)?.revision === revision) this.store.set(key(locale), page);
    return page;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function send(req: IncomingMessage, res: ServerResponse, page: StoredPage, extraHeaders: Record<string, string>): void {
  // One spelling per name: the page's own headers may replace the store's defaults.
  const headers: Record<string, string | number> = {};
  const put = (entries: Record<string, string>) => Object.entries(entries).forEach(([name, value]) => (headers[name.toLowerCase()] = value));
  put(extraHeaders);
  put({ "content-type": page.contentType, etag: page.etag, "cache-control": "public, max-age=0, must-revalidate", vary: "Accept-Encoding, Accept-Language, Cookie" });
  put(page.headers);
  put({ "x-podium-cache": "hit" });
  const match = header(req, "if-none-match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === page.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const accepts = header(req, "accept-encoding") ?? "";
  const [body, encoding] = /\bbr\b/.test(accepts) ? [page.br, "br"] : /\bgzip\b/.test(accepts) ? [page.gzip, "gzip"] : [page.identity, null];
  if (encoding) headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

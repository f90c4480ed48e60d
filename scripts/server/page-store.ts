import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface StoredPage {
  conference: string;
  /** The release revision the bytes were rendered from. */
  revision: string;
  contentType: string;
  /** The answer's own headers worth keeping (CORS, download name, a route's caching). */
  headers: Record<string, string>;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  bytes: number;
}

/** Compresses once, for every later reader: what is published is rendered and compressed once. */
export async function storedPage(conference: string, revision: string, contentType: string, body: Buffer, headers: Record<string, string> = {}, etag?: string): Promise<StoredPage> {
  const [gz, br] = await Promise.all([
    gzip(body, { level: 9 }),
    brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  // A route's own strong ETag is kept, so a client's copy from the first answer still matches.
  etag ??= `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { conference, revision, contentType, headers, etag, identity: body, gzip: gz, br, bytes: body.length + gz.length + br.length };
}

/**
 * Rendered pages by key, least recently used first out when over budget.
 * Entries of a conference go together when it changes.
 */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  /** Which language an Accept-Language header turned out to mean, per conference. */
  private readonly languages = new Map<string, string>();
  private total = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.delete(key);
    this.pages.set(key, page);
    this.total += page.bytes;
    for (const [oldest, entry] of this.pages) {
      if (this.total <= this.budgetBytes) break;
      this.pages.delete(oldest);
      this.total -= entry.bytes;
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.total -= page.bytes;
  }

  languageOf(conference: string, acceptLanguage: string): string | undefined {
    return this.languages.get(`${conference}\u0000${acceptLanguage}`);
  }

  learnLanguage(conference: string, acceptLanguage: string, locale: string): void {
    if (this.languages.size > 10_000) this.languages.clear();
    this.languages.set(`${conference}\u0000${acceptLanguage}`, locale);
  }

  /** Forgets a conference's pages (or every page): its release, settings or a speaker's profile changed. */
  invalidate(conference?: string): void {
    for (const [key, page] of this.pages) if (!conference || page.conference === conference) this.delete(key);
    // A conference's default language may have changed with it.
    this.languages.clear();
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.total };
  }
}

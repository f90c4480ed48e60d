import { promisify } from "node:util";
import zlib from "node:zlib";
import { etagOfBytes } from "@/lib/serving/etag";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface StoredPage {
  conference: string;
  /** The release revision the bytes were rendered from. */
  revision: string;
  contentType: string;
  /** The answer's own headers worth keeping (CORS, download name, a route's caching, its language). */
  headers: Record<string, string>;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  bytes: number;
}

/** Compresses once, for every later reader: what is published is rendered and compressed once. */
export async function storedPage(
  conference: string,
  revision: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
  etag?: string,
): Promise<StoredPage> {
  const [gz, br] = await Promise.all([
    gzip(body, { level: 9 }),
    brotli(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  ]);
  // A route's own strong ETag (an export's, made of the revision) is kept, so a client's copy from
  // the first answer still matches. A page's names its bytes: a new build renders other HTML.
  etag ??= etagOfBytes(body);
  return {
    conference,
    revision,
    contentType,
    headers,
    etag,
    identity: body,
    gzip: gz,
    br,
    bytes: body.length + gz.length + br.length,
  };
}

/**
 * Rendered pages by key, least recently used first out when over budget.
 * Entries of a conference go together when its revision moves on. Pages of a group
 * (one conference's search results, say) are also capped in number, the
 * group's least recently used first out, so no group can crowd out the rest.
 */
export class PageStore {
  private readonly pages = new Map<string, { page: StoredPage; group: string | null }>();
  /** The keys of each group, least recently used first. */
  private readonly groups = new Map<string, Set<string>>();
  private total = 0;

  constructor(
    private readonly budgetBytes: number,
    private readonly groupLimit = 100,
  ) {}

  get(key: string): StoredPage | undefined {
    const entry = this.pages.get(key);
    if (!entry) return undefined;
    this.pages.delete(key);
    this.pages.set(key, entry);
    const keys = entry.group ? this.groups.get(entry.group) : undefined;
    keys?.delete(key);
    keys?.add(key);
    return entry.page;
  }

  set(key: string, page: StoredPage, group: string | null = null): void {
    this.delete(key);
    this.pages.set(key, { page, group });
    this.total += page.bytes;
    if (group) {
      const keys = this.groups.get(group) ?? this.groups.set(group, new Set()).get(group)!;
      keys.add(key);
      for (const oldest of keys) {
        if (keys.size <= this.groupLimit) break;
        this.delete(oldest);
      }
    }
    for (const oldest of this.pages.keys()) {
      if (this.total <= this.budgetBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.pages.get(key);
    if (!entry) return;
    this.pages.delete(key);
    this.total -= entry.page.bytes;
    if (!entry.group) return;
    const keys = this.groups.get(entry.group);
    keys?.delete(key);
    if (keys?.size === 0) this.groups.delete(entry.group);
  }

  /** Forgets a conference's pages (or every page): they were kept under a revision that is no longer current. */
  forget(conference?: string): void {
    for (const [key, { page }] of this.pages) if (!conference || page.conference === conference) this.delete(key);
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.total };
  }
}

import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { queryCounting } from "@/db/connection";
import * as schema from "@/db/schema";
import { ShownSearch } from "@/db/search/shown-search";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { answerSearchJson } from "@/lib/serving/search-json";
import { isSlug } from "@/lib/slug";
import type { Revisions } from "./revisions";

const PATH = /^\/([^/?#]+)\/search\.json(?:\?|$)/;
// Smaller answers are not worth compressing.
const COMPRESS_FROM = 1024;

/**
 * search.json answered ahead of Next.js: the same answer as its route
 * (lib/serving/search-json.ts) from the same search code, on a read-only connection of
 * its own, without the framework's cost per request. A new term on every request is
 * what search-as-you-type sends, and no store of bytes can hold those.
 */
export class SearchJson {
  private readonly client: Database.Database;
  private readonly search: ShownSearch;

  constructor(
    file: string,
    private readonly revisions: Revisions,
    private readonly extraHeaders: Record<string, string>,
  ) {
    this.client = new Database(file, { readonly: true, fileMustExist: true, ...queryCounting("search") });
    this.client.pragma("busy_timeout = 2000");
    this.search = new ShownSearch(drizzle({ client: this.client, schema, casing: "snake_case" }));
  }

  /** Answers a GET or HEAD of /{conference}/search.json of a conference the public sees; false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const url = req.url ?? "/";
    const match = PATH.exec(url);
    const conference = match ? safeDecode(match[1]!) : null;
    if (!conference || !isSlug(conference)) return false;
    const state = this.revisions.current(conference);
    // Unknown, unpublished or unreleased: Next.js gives its 404.
    if (!state) return false;
    const locale = negotiateLocale(header(req, "cookie"), header(req, "accept-language"), state.facts.defaultLocale);
    const at = { conference, revision: state.revision };
    const answer = answerSearchJson(
      new URL(url, "http://localhost").searchParams,
      { revision: state.revision, locale },
      header(req, "if-none-match"),
      (query, page) => this.search.search(at, locale, query, page),
    );
    const headers: Record<string, string | number> = { ...this.extraHeaders, ...answer.headers };
    let body: string | Buffer = answer.body;
    if (answer.status === 200) {
      headers.Vary = `${answer.headers.Vary}, Accept-Encoding`;
      if (body.length >= COMPRESS_FROM && acceptsGzip(req)) {
        body = gzipSync(body, { level: 4 });
        headers["Content-Encoding"] = "gzip";
      }
      headers["Content-Length"] = Buffer.byteLength(body);
    }
    res.writeHead(answer.status, headers);
    res.end(req.method === "HEAD" || answer.status === 304 ? undefined : body);
    return true;
  }

  close(): void {
    this.client.close();
  }
}

// q-values count: "gzip;q=0" refuses it.
function acceptsGzip(req: IncomingMessage): boolean {
  const negotiator = new Negotiator({ headers: { "accept-encoding": header(req, "accept-encoding") } });
  return negotiator.encoding(["gzip", "identity"]) === "gzip";
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

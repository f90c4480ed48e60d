import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { pageSecurityHeaders } from "@/lib/security/headers";
import { clientAddressStamp } from "./client-address";
import { PageStore } from "./page-store";
import { PublicPages } from "./public-pages";
import { isRenderRequest, loopbackRender } from "./render";
import { Revisions } from "./revisions";
import { SearchJson } from "./search-json";
import { startWebhookWorker } from "./webhook-worker";

// How long a render may take before its waiting requests go to Next.js themselves.
const RENDER_TIMEOUT_MS = 20_000;

export interface ServeOptions {
  dir: string;
  port: number;
  hostname?: string;
  databaseFile: string;
  /** Memory for rendered public pages (default PAGE_CACHE_MB or 256 MB); 0 turns the store off. */
  pageCacheBytes?: number;
  extraHeaders?: Record<string, string>;
}

/**
 * The production server: Next.js behind a store of rendered public pages
 * (scripts/server/public-pages.ts). Resolves once it listens.
 */
export async function serve(
  options: ServeOptions,
): Promise<{ server: Server; pages: PublicPages | null; close: () => Promise<void> }> {
  // Marks the store's own render requests: only this process knows it.
  const token = randomBytes(24).toString("base64url");
  // Without SITE_URL, absolute links name this server's own port (lib/site-url.ts): the port it
  // listens on, whatever PORT the environment held (a PORT exported for another server once made
  // invitation links point there).
  process.env.PORT = String(options.port);
  // Next.js builds its request URLs from this name (its proxy then compares them): keep it
  // "localhost" and choose the interface only where the socket listens. Without a hostname
  // the server listens on every interface, as `next start` does.
  const app = next({ dev: false, dir: options.dir, port: options.port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const budget = options.pageCacheBytes ?? Number(process.env.PAGE_CACHE_MB ?? 256) * 1024 * 1024;
  const revisions = budget > 0 ? new Revisions(options.databaseFile) : null;
  // Pages served from the store skip Next.js's router, so they get its headers here.
  const headers = { ...pageSecurityHeaders(), ...options.extraHeaders };
  const own = `http://${options.hostname && options.hostname !== "0.0.0.0" && options.hostname !== "::" ? options.hostname : "127.0.0.1"}:${options.port}`;
  const pages = revisions
    ? new PublicPages({
        store: new PageStore(budget),
        revisions,
        next: (req, res) => handle(req, res),
        render: loopbackRender(own, token, RENDER_TIMEOUT_MS),
        isRender: (req) => isRenderRequest(req.headers, token),
        extraHeaders: headers,
      })
    : null;
  // Search-as-you-type sends a new query every time: answered here, without a render (search-json.ts).
  const searchJson = revisions ? new SearchJson(options.databaseFile, revisions, headers) : null;
  // Sign-in throttling counts the socket's address (or a trusted proxy's word): set it before anything reads the request.
  const stampClientAddress = clientAddressStamp();
  const server = createServer((req, res) => {
    stampClientAddress(req);
    if (answeredSearch(searchJson, req, res)) return;
    const answer = pages ? pages.handle(req, res) : handle(req, res);
    answer.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
        res.end("Something went wrong on our side.\n");
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  // Webhooks are sent from the database's queue by this process, whoever queued them.
  const webhooks = startWebhookWorker({ databaseFile: options.databaseFile });
  return {
    server,
    pages,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await webhooks.stop();
      searchJson?.close();
      revisions?.close();
      await app.close();
    },
  };
}

// A database that cannot answer leaves the request to Next.js, as if there were no shortcut.
function answeredSearch(searchJson: SearchJson | null, req: IncomingMessage, res: ServerResponse): boolean {
  try {
    return searchJson?.handle(req, res) ?? false;
  } catch (error) {
    console.error(error);
    return res.headersSent;
  }
}

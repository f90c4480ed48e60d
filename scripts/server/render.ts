import { request, type IncomingHttpHeaders } from "node:http";
import type { Locale } from "@/lib/domain/vocabulary";
import { LOCALE_COOKIE_NAME } from "@/lib/i18n/locale-cookie";
import { sameSecret } from "@/lib/serving/same-secret";

/** A complete answer of Next.js, body in full. */
export interface Rendered {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Render = (url: string, locale: Locale) => Promise<Rendered>;

// Marks the page server's own render requests, which go straight to Next.js.
const RENDER_HEADER = "x-podium-render";

/**
 * Renders a page by asking this very server over loopback, as a request that
 * states nothing but the page and its language: the bytes kept for everyone
 * depend on no visitor's headers (cookies, encodings, conditional requests), and
 * a visitor who goes away cannot cut a render short.
 */
export function loopbackRender(origin: string, token: string, timeoutMs: number): Render {
  return (url, locale) =>
    new Promise((resolve, reject) => {
      // No Accept-Encoding: Next.js answers with plain bytes, which the store compresses once.
      const req = request(
        new URL(url, origin),
        {
          method: "GET",
          headers: { cookie: `${LOCALE_COOKIE_NAME}=${locale}`, [RENDER_HEADER]: token },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`rendering ${url} took over ${timeoutMs} ms`)));
      req.on("error", reject);
      req.end();
    });
}

/** True for the page server's own render request; the mark is removed either way, so nothing downstream sees it. */
export function isRenderRequest(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers[RENDER_HEADER];
  if (given === undefined) return false;
  delete headers[RENDER_HEADER];
  return typeof given === "string" && sameSecret(given, token);
}

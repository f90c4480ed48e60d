import zlib from "node:zlib";
import { getRaw } from "./raw-http";

/**
 * The scripts a modern browser loads from the build (`<script src="/_next/static/…">`), each
 * once, in order. `noModule` scripts (Next.js's polyfills) are only fetched by old browsers.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*?)\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0])).map((m) => m[2]!.replaceAll("&amp;", "&"));
  return [...new Set(sources.filter((src) => src.startsWith("/_next/static/")))];
}

/** First-load JavaScript of a page: every build script it names, fetched and gzipped (level 9), summed. */
export async function measureFirstLoadJs(origin: string, html: string): Promise<{ scripts: number; bytes: number; gzipBytes: number }> {
  let bytes = 0;
  let gzipBytes = 0;
  const sources = scriptSources(html);
  for (const src of sources) {
    const res = await getRaw(origin + src);
    if (res.status !== 200) throw new Error(`GET ${src} answered ${res.status}`);
    bytes += res.body.length;
    gzipBytes += zlib.gzipSync(res.body, { level: 9 }).length;
  }
  return { scripts: sources.length, bytes, gzipBytes };
}

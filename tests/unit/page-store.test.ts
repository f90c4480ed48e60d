import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageStore, storedPage } from "@/scripts/server/page-store";

describe("the store of rendered pages", () => {
  it("compresses once, with an ETag of the bytes", async () => {
    const page = await storedPage("c", "r1", "text/html; charset=utf-8", Buffer.from(`<html lang="en">`.repeat(100)));
    expect(zlib.gunzipSync(page.gzip).equals(page.identity)).toBe(true);
    expect(zlib.brotliDecompressSync(page.br).equals(page.identity)).toBe(true);
    expect(page.etag).toBe((await storedPage("c", "r2", "text/html", page.identity)).etag);
  });

  it("drops the least recently used pages over budget, and a conference's pages together", async () => {
    const one = await storedPage("a", "r", "text/html", Buffer.alloc(1000, 1));
    const store = new PageStore(one.bytes * 2.5);
    store.set("a1", one);
    store.set("a2", await storedPage("a", "r", "text/html", Buffer.alloc(1000, 2)));
    store.get("a1");
    store.set("b1", await storedPage("b", "r", "text/html", Buffer.alloc(1000, 3)));
    expect([store.get("a1"), store.get("a2"), store.get("b1")].map(Boolean)).toEqual([true, false, true]);
    store.invalidate("a");
    expect([store.get("a1"), store.get("b1")].map(Boolean)).toEqual([false, true]);
    expect(store.size.pages).toBe(1);
  });

  it("remembers which language an Accept-Language meant, until anything changes", () => {
    const store = new PageStore(1000);
    store.learnLanguage("c", "en-US,en;q=0.9", "en");
    expect(store.languageOf("c", "en-US,en;q=0.9")).toBe("en");
    expect(store.languageOf("d", "en-US,en;q=0.9")).toBeUndefined();
    store.invalidate("c");
    expect(store.languageOf("c", "en-US,en;q=0.9")).toBeUndefined();
  });
});

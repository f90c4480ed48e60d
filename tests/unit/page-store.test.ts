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
    store.forget("a");
    expect([store.get("a1"), store.get("b1")].map(Boolean)).toEqual([false, true]);
    expect(store.size.pages).toBe(1);
  });

  it("caps a group's pages in number, its least recently used first out, leaving other pages be", async () => {
    const page = await storedPage("a", "r", "text/html", Buffer.alloc(100, 1));
    const store = new PageStore(1_000_000, 3);
    store.set("agenda", page);
    for (const term of ["t1", "t2", "t3"]) store.set(term, page, "a\u0000search");
    store.get("t1");
    for (let n = 4; n <= 50; n++) store.set(`t${n}`, page, "a\u0000search");
    expect(store.size.pages).toBe(4);
    expect(
      [store.get("agenda"), store.get("t1"), store.get("t2"), store.get("t49"), store.get("t50")].map(Boolean),
    ).toEqual([true, false, false, true, true]);
    store.set("b-term", await storedPage("b", "r", "text/html", Buffer.alloc(100, 2)), "b\u0000search");
    expect(store.size.pages).toBe(5);
    store.forget("a");
    expect(store.size.pages).toBe(1);
    for (const term of ["x1", "x2", "x3"]) store.set(term, page, "a\u0000search");
    expect(store.size.pages).toBe(4);
  });
});

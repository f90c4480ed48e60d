import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiError, apiFormatVersion, apiResponse, cachedResponse, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { etagOf, etagOfBytes } from "@/lib/serving/etag";

const request = (headers: HeadersInit = {}) => new Request("https://podium.example/api/v1/things", { headers });
const schema = z.object({ data: z.array(z.object({ slug: z.string() })) });

afterEach(() => vi.restoreAllMocks());

describe("API responses", () => {
  it("sends the checked JSON with caching and CORS headers, tagged by the revision it was read at and its URL", async () => {
    const res = apiResponse(request(), schema, "r1", () => ({ data: [{ slug: "a" }] }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe("ETag");
    expect(await res.text()).toBe('{"data":[{"slug":"a"}]}');
    expect(res.headers.get("etag")).toBe(etagOf(["r1", apiFormatVersion, publicRequestUrl(request()).href]));
    expect(apiResponse(request(), schema, "r2", () => ({ data: [] })).headers.get("etag")).not.toBe(
      res.headers.get("etag"),
    );
  });

  it("tags what depends on no revision by its bytes", async () => {
    const res = cachedResponse(request(), "<p>docs</p>", "text/html; charset=utf-8");
    expect(res.headers.get("etag")).toBe(etagOfBytes("<p>docs</p>"));
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("answers 304 with the same headers and nothing built when If-None-Match names the revision's tag", async () => {
    const etag = apiResponse(request(), schema, "r1", () => ({ data: [] })).headers.get("etag")!;
    let built = 0;
    const res = apiResponse(request({ "If-None-Match": `"other", W/${etag}` }), schema, "r1", () => {
      built++;
      return { data: [] };
    });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(etag);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(await res.text()).toBe("");
    expect(built).toBe(0);
    expect(apiResponse(request({ "If-None-Match": '"stale"' }), schema, "r1", () => ({ data: [] })).status).toBe(200);
  });

  it("drops fields the schema does not name rather than leak them", async () => {
    const res = apiResponse(request(), schema, "r1", () => ({ data: [{ slug: "a", id: 7 } as { slug: string }] }));
    expect(await res.text()).toBe('{"data":[{"slug":"a"}]}');
  });

  it("logs a response that breaks its schema and answers a plain 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = apiResponse(request(), schema, "r1", () => ({ data: [{ slug: 42 as unknown as string }] }));
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: "internal_error", message: "The server could not build this response." },
    });
    expect(body).not.toMatch(/at |slug|42/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("/api/v1/things"));
  });

  it("sends errors as uncached JSON that other origins may read", async () => {
    const res = apiError(400, "invalid_parameter", "limit must be a whole number from 1 to 200.", "limit");
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toEqual({
      error: { code: "invalid_parameter", message: "limit must be a whole number from 1 to 200.", parameter: "limit" },
    });
  });

  it("answers CORS preflights for GET, HEAD and OPTIONS with If-None-Match", () => {
    const res = preflight();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("If-None-Match");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

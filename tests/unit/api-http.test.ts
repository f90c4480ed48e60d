import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiError, apiResponse, bodyETag, preflight } from "@/lib/api/http";

const request = (headers: HeadersInit = {}) => new Request("https://podium.example/api/v1/things", { headers });
const schema = z.object({ data: z.array(z.object({ slug: z.string() })) });

afterEach(() => vi.restoreAllMocks());

describe("API responses", () => {
  it("sends the checked JSON with caching and CORS headers", async () => {
    const res = apiResponse(request(), schema, { data: [{ slug: "a" }] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe("ETag");
    expect(await res.text()).toBe('{"data":[{"slug":"a"}]}');
    expect(res.headers.get("etag")).toBe(bodyETag('{"data":[{"slug":"a"}]}'));
  });

  it("gives different bytes different strong tags, and the same bytes the same", () => {
    expect(bodyETag("a")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(bodyETag("a")).toBe(bodyETag("a"));
    expect(bodyETag("a")).not.toBe(bodyETag("b"));
  });

  it("answers 304 with the same headers and no body when If-None-Match names the bytes", async () => {
    const etag = apiResponse(request(), schema, { data: [] }).headers.get("etag")!;
    const res = apiResponse(request({ "If-None-Match": `"other", W/${etag}` }), schema, { data: [] });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(etag);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(await res.text()).toBe("");
    expect(apiResponse(request({ "If-None-Match": '"stale"' }), schema, { data: [] }).status).toBe(200);
  });

  it("drops fields the schema does not name rather than leak them", async () => {
    const res = apiResponse(request(), schema, { data: [{ slug: "a", id: 7 } as { slug: string }] });
    expect(await res.text()).toBe('{"data":[{"slug":"a"}]}');
  });

  it("logs a response that breaks its schema and answers a plain 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = apiResponse(request(), schema, { data: [{ slug: 42 as unknown as string }] });
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

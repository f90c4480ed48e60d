import { describe, expect, it } from "vitest";
import { conditionalResponse, etagOf, etagOfBytes, ifNoneMatch } from "@/lib/serving/etag";

describe("ETags", () => {
  it("makes strong tags: the same parts or bytes always give the same tag, others another", () => {
    const tag = etagOf(["3:v2:0:1700000000000", "ics-1", "schedule", "zh-CN"]);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf(["3:v2:0:1700000000000", "ics-1", "schedule", "zh-CN"])).toBe(tag);
    expect(etagOf(["3:v3:0:1700000000000", "ics-1", "schedule", "zh-CN"])).not.toBe(tag);
    // Parts are kept apart: moving a character from one part to the next is another tag.
    expect(etagOf(["ab", "c"])).not.toBe(etagOf(["a", "bc"]));
    expect(etagOfBytes("a")).toBe(etagOfBytes(new TextEncoder().encode("a")));
    expect(etagOfBytes("a")).not.toBe(etagOfBytes("b"));
  });
});

describe("If-None-Match (RFC 9110 §13.1.2, weak comparison)", () => {
  const tag = '"abc"';

  it("matches the tag in a list, weak or strong, and *", () => {
    expect(ifNoneMatch('"abc"', tag)).toBe(true);
    expect(ifNoneMatch('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatch('"x", W/"abc"', tag)).toBe(true);
    expect(ifNoneMatch('"x",,  "abc" ', tag)).toBe(true);
    expect(ifNoneMatch(" * ", tag)).toBe(true);
    // Our side may be weak too: the comparison ignores W/ on both.
    expect(ifNoneMatch('"abc"', 'W/"abc"')).toBe(true);
  });

  it("matches nothing else: other tags, unquoted words, a tag split at a comma, no header", () => {
    expect(ifNoneMatch('"x"', tag)).toBe(false);
    expect(ifNoneMatch("abc", tag)).toBe(false);
    expect(ifNoneMatch('"ab,c"', '"ab"')).toBe(false);
    expect(ifNoneMatch('"ab,c"', '"ab,c"')).toBe(true);
    expect(ifNoneMatch("", tag)).toBe(false);
    expect(ifNoneMatch(null, tag)).toBe(false);
    expect(ifNoneMatch(undefined, tag)).toBe(false);
  });
});

describe("the conditional answer", () => {
  let built = 0;
  const respond = (headers: HeadersInit = {}) =>
    conditionalResponse(new Request("https://podium.example/c/schedule.xml", { headers }), {
      etag: '"abc"',
      headers: { "Cache-Control": "public, max-age=300", Vary: "Accept-Language" },
      bodyHeaders: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": "attachment" },
      body: () => {
        built++;
        return "<schedule/>";
      },
    });

  it("sends the body with every header and the tag", async () => {
    built = 0;
    const res = respond();
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      etag: '"abc"',
      "cache-control": "public, max-age=300",
      vary: "Accept-Language",
      "content-type": "application/xml; charset=utf-8",
      "content-disposition": "attachment",
      "x-content-type-options": "nosniff",
    });
    expect(await res.text()).toBe("<schedule/>");
    expect(built).toBe(1);
  });

  it("answers 304 with the caching headers, no body headers, and builds nothing", async () => {
    built = 0;
    const res = respond({ "If-None-Match": 'W/"abc"' });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("vary")).toBe("Accept-Language");
    expect(res.headers.get("content-type")).toBeNull();
    expect(await res.text()).toBe("");
    expect(built).toBe(0);
  });
});

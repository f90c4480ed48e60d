import "../support/app-harness";
import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { exampleOrigin } from "@/lib/api/examples";
import { DEMO, get, json, router, seededDemoApi } from "../support/api-v1-client";

// The public API v1's description of itself: a valid OpenAPI 3.1 document, routed as it says, and its docs page.
describe("public API v1", () => {
  seededDemoApi();

  describe("the description of the API", () => {
    it("serves a valid OpenAPI 3.1 document whose references all resolve", async () => {
      const doc = await json("/api/v1/openapi.json");
      expect(doc.openapi).toBe("3.1.0");
      const validator = new Validator();
      const result = await validator.validate(doc);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(validator.version).toBe("3.1");

      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(20);
      for (const ref of new Set(refs)) {
        expect(ref.startsWith("#/"), ref).toBe(true);
        const target = ref
          .slice(2)
          .split("/")
          .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
        expect(target, ref).toBeDefined();
      }
    });

    it("describes every route file under app/api/v1, and nothing else", async () => {
      const root = path.join(process.cwd(), "app/api/v1");
      const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter(
        (f) => path.basename(f) === "route.ts",
      );
      const routed = files
        .map((f) =>
          `/api/v1/${path.dirname(f)}`
            .replace(/\/\.$/, "")
            .replace(/\[([^\]]+)\]/g, "{$1}")
            .split(path.sep)
            .join("/"),
        )
        .sort();
      const doc = await json("/api/v1/openapi.json");
      expect(Object.keys(doc.paths).sort()).toEqual(routed);
      expect(Object.keys(router).sort()).toEqual(routed);
    });

    it("serves the documentation page listing every path, with caching headers", async () => {
      const res = await get("/api/v1/docs");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      const html = await res.text();
      const doc = await json("/api/v1/openapi.json");
      for (const p of Object.keys(doc.paths)) expect(html).toContain(`<code>${p}</code>`);
      expect(html).toContain(`curl -i &#39;${exampleOrigin}${DEMO}/sessions?day=2017-12-01&amp;speaker=wang-bin&#39;`);
      expect((await get("/api/v1/docs", { "If-None-Match": res.headers.get("etag")! })).status).toBe(304);
    });
  });
});

// @vitest-environment jsdom
import { createHash } from "node:crypto";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { describeSchema, docsPageSecurityPolicy, escapeHtml, renderDocsPage } from "@/lib/api/docs-page";
import { endpoints } from "@/lib/api/endpoints";

describe("documentation page", () => {
  const html = renderDocsPage("https://api.example.org");

  it("lists every endpoint with its parameters and examples on the reader's origin", () => {
    for (const e of endpoints) expect(html).toContain(`<code>${escapeHtml(e.path)}</code>`);
    expect(html).toContain("<code>changedSince</code>");
    expect(html).toContain(
      "curl -i &#39;https://api.example.org/api/v1/conferences/china-netav-2017/sessions?day=2017-12-01&amp;speaker=wang-bin&#39;",
    );
    expect(html).not.toContain("podium.example");
    expect(html).toContain("推原创之波，助精品之澜");
  });

  it("is a self-contained page in English with no script", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!api\.example\.org)[^"'<\s]*\.(css|js|woff2?)/);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const hash = docsPageSecurityPolicy.match(/'sha256-([^']+)'/)![1]!;
    expect(hash).toBe(createHash("sha256").update(style).digest("base64"));
    expect(style).toContain('"PingFang SC"');
  });

  it("has no serious accessibility violations", async () => {
    document.open();
    document.write(html);
    document.close();
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.documentElement.lang).toBe("en");
    // axe over the whole page in jsdom takes seconds when the machine is busy.
  }, 20_000);

  it("escapes what it prints", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(renderDocsPage(`https://x.example"><script>`)).not.toContain('"><script>');
  });

  it("says each type in a few words", () => {
    expect(describeSchema({ type: "integer", minimum: 1, maximum: 200, default: 50 })).toBe(
      "integer, 1–200, default 50",
    );
    expect(describeSchema({ anyOf: [{ $ref: "#/components/schemas/Room" }, { type: "null" }] })).toBe(
      '<a href="#schema-Room">Room</a> or null',
    );
    expect(describeSchema({ type: "array", items: { type: "string", format: "uuid" } })).toBe("array of string, uuid");
  });
});

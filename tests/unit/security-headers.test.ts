import { checkCustomRoutes } from "next/dist/lib/load-custom-routes";
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { docsPageSecurityPolicy } from "@/lib/api/docs-page";
import {
  contentSecurityPolicy,
  pageSecurityHeaders,
  securityHeaderRules,
  securityHeaders,
} from "@/lib/security/headers";
import nextConfig from "@/next.config";

function directives(policy: string): Map<string, string[]> {
  const entries = policy.split(";").map((d) => d.trim().split(/\s+/));
  const names = entries.map(([name]) => name!);
  expect(new Set(names).size, "each directive once").toBe(names.length);
  return new Map(entries.map(([name, ...sources]) => [name!, sources]));
}

/** The headers a path gets from the rules, matched the way Next.js's router matches them (last rule wins). */
function headersFor(pathname: string, rules = securityHeaderRules()): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const match = getPathMatch(rule.source, {
      strict: true,
      removeUnnamedParams: true,
      regexModifier: (regex) => modifyRouteRegex(regex),
    });
    if (match(pathname)) for (const { key, value } of rule.headers) result[key] = value;
  }
  return result;
}

describe("the Content-Security-Policy", () => {
  it("allows the app's own scripts, styles, images, fonts and requests, and nothing from elsewhere but https images", () => {
    expect(Object.fromEntries(directives(contentSecurityPolicy()))).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'unsafe-inline'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "https:", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'"],
      "manifest-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("lets React's development build evaluate code, and only the development build", () => {
    expect(directives(contentSecurityPolicy({ development: true })).get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
  });

  it("has no nonce or strict-dynamic, which would block the scripts of prerendered pages", () => {
    expect(contentSecurityPolicy()).not.toMatch(/nonce-|strict-dynamic|upgrade-insecure-requests/);
  });
});

describe("the headers of every response", () => {
  const expected = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };

  it("are the ones the issue asks for", () => {
    expect(securityHeaders).toEqual(expected);
    expect(pageSecurityHeaders()).toEqual({ ...expected, "Content-Security-Policy": contentSecurityPolicy() });
  });

  it("reach pages, exports, the API, uploads, metadata routes, Next's own files and 404s", () => {
    const paths = [
      "/",
      "/china-netav-2017",
      "/china-netav-2017/agenda",
      "/en/china-netav-2017/sessions/0b9c7f52-9a43-4c1e-9d0b-2f0f1f7e6a11",
      "/china-netav-2017/schedule.ics",
      "/china-netav-2017/schedule.xml",
      "/signin",
      "/admin/china-netav-2017/schedule",
      "/api/v1/conferences",
      "/api/v1/docs/extra",
      "/api/auth/session",
      "/media/photos/missing.webp",
      "/robots.txt",
      "/sitemap.xml",
      "/_next/static/chunks/main.js",
      "/no/such/page",
    ];
    for (const path of paths)
      expect(headersFor(path), path).toEqual({ ...expected, "Content-Security-Policy": contentSecurityPolicy() });
  });

  it("leave the CSP of the API documentation to the page itself, which is stricter", () => {
    for (const path of ["/api/v1/docs", "/api/v1/docs/"]) expect(headersFor(path), path).toEqual(expected);
    const own = directives(docsPageSecurityPolicy);
    expect(own.get("default-src")).toEqual(["'none'"]);
    expect(own.get("frame-ancestors")).toEqual(["'none'"]);
    expect(own.get("base-uri")).toEqual(["'none'"]);
    expect(own.get("form-action")).toEqual(["'none'"]);
  });

  it("are what next.config.ts serves, in a form Next.js accepts", async () => {
    checkCustomRoutes(securityHeaderRules(), "header");
    expect(await nextConfig.headers!()).toEqual(
      securityHeaderRules({ development: process.env.NODE_ENV === "development" }),
    );
  });
});

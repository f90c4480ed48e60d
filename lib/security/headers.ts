// The security headers of every response: the one definition, applied by next.config.ts.
// No imports: next.config.ts loads this file before the app exists.

/**
 * Scripts: 'unsafe-inline', neither nonces nor hashes. Next.js writes inline scripts
 * (the bootstrap and the RSC payload, `self.__next_f.push(…)`) whose text differs per
 * page and per release, so no fixed header can list their hashes; and a nonce needs a
 * fresh render per request, which the Next.js 16 guide says rules out prerendered and
 * partially prerendered pages — our cached public agenda (node_modules/next/dist/docs/
 * 01-app/02-guides/content-security-policy.md; vercel/next.js#89754). The policy still
 * refuses scripts from elsewhere, plugins, <base> hijacking, framing and posting forms
 * off-site; rendered text stays inert through escaping and sanitized Markdown.
 *
 * Images: speaker photos may be any https address an organizer typed; data: and blob:
 * for previews. No upgrade-insecure-requests: Podium also runs on plain http (a venue's
 * LAN, loopback), where it would break every subresource.
 */
export function contentSecurityPolicy({ development = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code to rebuild server stacks; production never does.
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "https:", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The offline service worker (/sw.js) and the web app manifest, named rather than left to default-src.
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The headers besides the CSP, for every path. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Every header for a page, as one record: for a server that answers without Next.js's router. */
export function pageSecurityHeaders({ development = false } = {}): Record<string, string> {
  return { ...securityHeaders, "Content-Security-Policy": contentSecurityPolicy({ development }) };
}

/**
 * Paths that send a stricter CSP of their own. A header from next.config wins over the
 * same header from a route handler (the handler's is dropped), so they are left out here.
 */
export const ownPolicyPaths = ["/api/v1/docs"];

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** The `headers()` rules of next.config.ts: everything everywhere, the CSP where no route sets its own. */
export function securityHeaderRules({ development = false } = {}): HeaderRule[] {
  const exempt = ownPolicyPaths.map((p) => p.slice(1)).join("|");
  return [
    { source: "/:path*", headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) },
    {
      source: `/((?!(?:${exempt})/?$).*)`,
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) }],
    },
  ];
}

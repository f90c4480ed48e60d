import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/security/headers";

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // The native driver must stay a runtime require, not be bundled; ical-timezones reads
  // its zone files from its own folder at run time (fs + __dirname), so it stays in node_modules too;
  // so does subset-font, which loads harfbuzz's wasm by require.resolve (share cards);
  // so do Serwist's route and esbuild, which bundle the service worker (app/sw.js/route.ts).
  serverExternalPackages: [
    "better-sqlite3",
    "@touch4it/ical-timezones",
    "subset-font",
    "@serwist/turbopack",
    "esbuild",
  ],
  poweredByHeader: false,
  // Applied before routing, so pages, route handlers, the proxy's rewrites and redirects,
  // static files and 404s all carry them (lib/security/headers.ts says what and why).
  headers: async () => securityHeaderRules({ development: process.env.NODE_ENV === "development" }),
  // Speakers upload photos of up to 5 MB through a server action (1 MB by default);
  // the action refuses anything over 5 MB itself, with a message beside the field.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  typedRoutes: false,
  // The build checks the app; `npm run typecheck` (tsc on tsconfig.json) checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time, so the browser gets use-intl's formatter without the ICU parser.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);

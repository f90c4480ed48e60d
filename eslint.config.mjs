import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers, enforced rather than kept by habit (README, "How the code is laid out"):
// pages read through db/queries and write through db/mutations, never with Drizzle or
// the tables themselves; lib/ is plain logic that any layer may use, so it uses none of
// them; components take data and actions as props; db/ renders nothing. Tests may reach
// anywhere to set a scene, so they are left out.
const tests = ["**/*.test.ts", "**/*.test.tsx"];
const rule = "@typescript-eslint/no-restricted-imports";

/** Bare module names and the subpaths under them. */
const modules = (...names) => names.flatMap((name) => [name, `${name}/*`]);

const layers = [
  {
    files: ["app/**/*.{ts,tsx}"],
    patterns: [
      {
        group: modules("drizzle-orm"),
        message: "Pages and actions query through db/queries and write through db/mutations, not with Drizzle.",
      },
      {
        group: modules("@/db/schema"),
        allowTypeImports: true,
        message: "Tables are db/'s: import their types only (`import type`), and query through db/queries.",
      },
    ],
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    patterns: [
      {
        group: modules("@/db", "drizzle-orm", "better-sqlite3"),
        message: "lib/ is pure logic: the database layer imports lib/, not the other way round.",
      },
      {
        regex: "^(\\.\\./)+(db|app|components)(/|$)",
        message: "lib/ imports nothing from db/, app/ or components/.",
      },
      {
        group: modules("next", "react", "react-dom", "next-intl", "next-auth", "@auth"),
        message: "lib/ is free of the framework, so it runs anywhere (scripts, tests, the page server).",
      },
      {
        group: modules("@/components", "@/app"),
        message: "lib/ imports nothing from components/ or app/.",
      },
    ],
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    patterns: [
      {
        group: modules("@/app"),
        message: "Components take server actions and data as props from the page that renders them.",
      },
    ],
  },
  {
    files: ["db/**/*.{ts,tsx}"],
    patterns: [
      {
        group: modules("@/components", "@/app", "react-dom"),
        message: "db/ reads and writes data; rendering belongs to components/ and app/.",
      },
      {
        // React's request-scoped cache() memoizes a read per request (db/auth/current-viewer.ts);
        // nothing else of React belongs in db/.
        group: ["react"],
        allowImportNames: ["cache"],
        message: "db/ may use React's request-scoped cache() and nothing else of React.",
      },
    ],
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layers.map(({ files, patterns }) => ({ files, ignores: tests, rules: { [rule]: ["error", { patterns }] } })),
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "drizzle/**", "data/**", "coverage/**"]),
]);

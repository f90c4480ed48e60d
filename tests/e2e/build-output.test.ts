import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientImportLeaks, filesUnder, serverOnlyModules } from "./support/client-imports";

// The e2e global setup has built the app (tests/e2e/global-setup.ts): what went to the
// browser is in .next/static. No secret, server package or server module may be there.
const root = path.resolve(import.meta.dirname, "../..");
const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");
const clientFiles = filesUnder(path.join(root, ".next/static"), () => true);
const serverJs = filesUnder(path.join(root, ".next/server"), (f) => f.endsWith(".js"));
const read = (file: string) => fs.readFileSync(file, "latin1");

interface Marker {
  name: string;
  pattern: string | RegExp;
  /** The source the marker comes from, which must still contain it; none for a package's own text. */
  source?: string;
}

const contains = (text: string, pattern: string | RegExp) =>
  typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);

// Text that survives minification (string literals, not function names, which are mangled
// in both bundles) and is found in the server build: proof that the marker is real.
const serverMarkers: Marker[] = [
  { name: "better-sqlite3 (the driver)", pattern: /["']better-sqlite3["']/ },
  { name: "drizzle-orm/better-sqlite3 (its session class)", pattern: "BetterSQLiteSession" },
  { name: "node:fs", pattern: /["']node:fs["']/ },
  { name: "@node-rs/bcrypt (a runtime require: Next.js keeps it external)", pattern: /["']@node-rs\/bcrypt["']/ },
  { name: "nodemailer", pattern: "api.nodemailer.com" },
  { name: "sharp", pattern: /["']sharp(?:-[0-9a-f]+)?["']/ },
  { name: "db/connection.ts", pattern: "journal_mode = WAL", source: "db/connection.ts" },
  { name: "db/connection.ts", pattern: "busy_timeout = 5000", source: "db/connection.ts" },
  { name: "db/auth/sign-ins.ts", pattern: "account.sign-out-everywhere", source: "db/auth/sign-ins.ts" },
  { name: "lib/auth/password.ts", pattern: "no account has this password", source: "lib/auth/password.ts" },
  { name: "auth.ts", pattern: "[auth][error]", source: "auth.ts" },
  { name: "db/search/candidates.ts", pattern: "search_documents match", source: "db/search/candidates.ts" },
  { name: "db/releases/build-snapshot.ts", pattern: "No conference with id", source: "db/releases/build-snapshot.ts" },
  {
    name: "lib/mail/send-mail.ts",
    pattern: "[mail] sending failed",
    source: "lib/mail/send-mail.ts",
  },
  { name: "db/queries/revision.ts", pattern: "latest_release", source: "db/queries/revision.ts" },
];

// Never in a browser bundle, not even by name: the secrets' variables and password hashes.
const secretMarkers: Marker[] = [
  ...["AUTH_SECRET", "NEXTAUTH_SECRET", "DATABASE_URL", "SMTP_PASSWORD", "SMTP_USER"].map((name) => ({
    name: `the variable ${name}`,
    pattern: name,
  })),
  { name: "a bcrypt hash", pattern: /\$2[abxy]\$\d\d\$[./A-Za-z0-9]{53}/ },
  { name: "a bcrypt hash prefix", pattern: /\$2[ab]\$/ },
];

/** Values of secret variables in this environment (the build ran with it), long enough to tell apart. */
function secretValues(): Marker[] {
  return Object.entries(process.env)
    .filter(([name, value]) => /SECRET|PASSWORD|DATABASE_URL|TOKEN|_KEY$/.test(name) && value && value.length >= 12)
    .map(([name, value]) => ({ name: `the value of ${name}`, pattern: value! }));
}

describe("the client bundles in .next/static", () => {
  it("exist (the build ran)", () => {
    expect(clientFiles.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(5);
    expect(serverJs.length).toBeGreaterThan(5);
  });

  it("use markers that are real: each is in its source and in the server build", () => {
    const server = serverJs.map(read);
    const stale = serverMarkers.filter(
      (m) =>
        (m.source && !contains(fs.readFileSync(path.join(root, m.source), "utf8"), m.pattern)) ||
        !server.some((text) => contains(text, m.pattern)),
    );
    expect(
      stale.map((m) => `${m.name}: ${String(m.pattern)}`),
      "markers to replace with text the build keeps",
    ).toEqual([]);
  });

  it("hold no server package, no server module and no secret", () => {
    const markers = [...serverMarkers, ...secretMarkers, ...secretValues()];
    const found = clientFiles.flatMap((file) => {
      const text = read(file);
      return markers.filter((m) => contains(text, m.pattern)).map((m) => `${rel(file)}: ${m.name}`);
    });
    expect(found).toEqual([]);
  });
});

describe("server-only modules", () => {
  it('are not reachable from a client component (value imports from each "use client" module)', () => {
    expect(clientImportLeaks(root)).toEqual([]);
  });

  it('guard with `import "server-only"` the modules that read the request or the app\'s connection', () => {
    // Modules that scripts also load cannot: `server-only` throws outside Next.js. These can,
    // and a client import of them fails the build instead of shipping the database code.
    const guarded = serverOnlyModules(root);
    const expected = [
      "db/index.ts",
      "db/auth/current-viewer.ts",
      "db/queries/public.ts",
      "db/queries/public-index.ts",
      "db/search/search-release.ts",
      "lib/mail/send-mail.ts",
      "app/[locale]/(public)/[conference]/load-programme.ts",
      "app/[locale]/(public)/[conference]/schedule-export.ts",
      "app/[locale]/(workspace)/admin/[conference]/export/csv-export.ts",
      "app/[locale]/(workspace)/admin/[conference]/load-workspace.ts",
      "app/[locale]/(workspace)/admin/require-viewer.ts",
    ];
    expect(expected.filter((file) => !guarded.includes(file))).toEqual([]);
  });
});

import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Test files that mock no module and change no process-wide state (environment, globals) can share
// one module graph per worker (Vitest's isolate: false) instead of importing the app afresh each:
// about half the unit and integration time on 2 cores. A file that mocks must never share: its
// mock would reach the files run after it in the same worker. Unit files share unless listed as
// isolated; integration files (most drive server actions through mocks) are isolated unless listed.

/** Unit test files that need a fresh module graph: they mock modules or fake timers. */
const isolatedUnitFiles = ["tests/unit/calendar-http.test.ts", "tests/unit/calendar.test.ts"];

/**
 * Integration test files that share a module graph: none of them, nor any support file they import
 * (a bare `import "../support/app-harness"` counts), mocks a module or sets the environment.
 */
const sharedIntegrationFiles = [
  "tests/integration/action-coverage.test.ts",
  "tests/integration/audit-log-words.test.ts",
  "tests/integration/backup-restore.test.ts",
  "tests/integration/client-address.test.ts",
  "tests/integration/connection.test.ts",
  "tests/integration/constraints.test.ts",
  "tests/integration/demo-exports.test.ts",
  "tests/integration/demo-users.test.ts",
  "tests/integration/generate-conference.test.ts",
  "tests/integration/interop-cli.test.ts",
  "tests/integration/invitation-mail.test.ts",
  "tests/integration/invitation-rights.test.ts",
  "tests/integration/invitations.test.ts",
  "tests/integration/migration-conference-speakers.test.ts",
  "tests/integration/migration-forum-organizations.test.ts",
  "tests/integration/migrations.test.ts",
  "tests/integration/own-profile.test.ts",
  "tests/integration/release-profile-changes.test.ts",
  "tests/integration/releases.test.ts",
  "tests/integration/schedule-corpus.test.ts",
  "tests/integration/schedule-ical-import.test.ts",
  "tests/integration/schedule-json-demo.test.ts",
  "tests/integration/schedule-json-real.test.ts",
  "tests/integration/schedule-round-trip.test.ts",
  "tests/integration/schedule-xml-real.test.ts",
  "tests/integration/search-attendee.test.ts",
  "tests/integration/search-visibility.test.ts",
  "tests/integration/search.test.ts",
  "tests/integration/seed.test.ts",
  "tests/integration/session-schedule.test.ts",
  "tests/integration/sessions-admin-validation.test.ts",
  "tests/integration/sessions-admin.test.ts",
  "tests/integration/speaker-import.test.ts",
  "tests/integration/speaker-own-pages.test.ts",
  "tests/integration/speaker-profile-release.test.ts",
  "tests/integration/speakers-admin-access.test.ts",
  "tests/integration/speakers-admin.test.ts",
  "tests/integration/user-create.test.ts",
  "tests/integration/write-pipeline.test.ts",
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": root,
      // Data modules guard against client bundles with `server-only`; in tests they run in plain Node.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // next-intl and next-auth import "next/navigation", "next/server" without an extension; let Vite resolve them.
    server: { deps: { inline: ["next-intl", "next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: isolatedUnitFiles,
          environment: "node",
          isolate: false,
        },
      },
      { extends: true, test: { name: "unit-isolated", include: isolatedUnitFiles, environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          isolate: false,
          include: sharedIntegrationFiles,
          environment: "node",
          // Real files (FOSDEM's 943 events) through real SQLite: seconds each on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration-isolated",
          include: ["tests/integration/**/*.test.ts"],
          exclude: sharedIntegrationFiles,
          environment: "node",
          // Real files (FOSDEM's 943 events) through real SQLite: seconds each on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/support/component-setup.ts"],
          // A user-event session of many keystrokes in jsdom can pass 5 s while the build and the browser tests share 2 cores.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What the browser waits for (a poll, a refresh, a save) can take seconds on a busy 2-core machine.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});

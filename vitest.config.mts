import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Test files that mock no module and change no process-wide state (environment, globals), so they
// can share one module graph per worker (Vitest's isolate: false) instead of importing the app
// afresh each: about half the unit and integration time on 2 cores. Every other test file, and any
// new one until it is added here, gets a fresh graph. A file that mocks must never be listed:
// its mock would reach the files run after it in the same worker.

/** Unit test files that need a fresh module graph: they mock modules or fake timers. */
const isolatedUnitFiles = ["tests/unit/calendar-http.test.ts", "tests/unit/calendar.test.ts"];

/** Integration test files that share a module graph (the others mock the database or the session). */
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
  "tests/integration/schedule-import-csv.test.ts",
  "tests/integration/schedule-import.test.ts",
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
  "tests/integration/tenancy-imports.test.ts",
  "tests/integration/tenancy-programme.test.ts",
  "tests/integration/tenancy-schedule.test.ts",
  "tests/integration/tenancy-sessions.test.ts",
  "tests/integration/tenancy-speakers.test.ts",
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

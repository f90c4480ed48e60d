import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

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
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
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

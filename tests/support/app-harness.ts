import { vi } from "vitest";
import { state as shared } from "./app-state";

// Imported first by an integration test, before it imports any app module: server actions and data
// functions read the database and the signed-in viewer through "@/db" and current-viewer, and the
// test swaps in a scratch database and each role's viewer. A test file's own vi.mock of another
// module (next/headers, @/auth) stands beside these.

/** The database and viewer the app sees (support/app-state.ts). */
export const state = shared;

/** next/cache as spies, for a test that checks what a write invalidated. */
export const cache = {
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
};

// The factories run when an app module first imports these, after this module has set them up.
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/cache", () => cache);

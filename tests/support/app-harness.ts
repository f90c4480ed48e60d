import { vi } from "vitest";
import type { Db } from "@/db/connection";
import type { Viewer } from "@/lib/auth/permissions";

// Imported first by an integration test, before it imports any app module: server actions and data
// functions read the database and the signed-in viewer through "@/db" and current-viewer, and the
// test swaps in a scratch database and each role's viewer. A test file's own vi.mock of another
// module (next/headers, @/auth) stands beside these.

/** The database and viewer the app sees. `db` is read only once the test has opened it: the getter says so instead of a cast. */
let opened: Db | undefined;
export const state = {
  viewer: null as Viewer | null,
  get db(): Db {
    if (!opened) throw new Error("the test has not opened its database yet");
    return opened;
  },
  set db(db: Db) {
    opened = db;
  },
};

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

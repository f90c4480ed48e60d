import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/connection";
import { state } from "./app-state";
import { createTenancy, type Tenancy } from "./tenancy-fixture";
import { createTestDatabase } from "./test-database";
import { createWorkspace, type Workspace } from "./workspace-fixture";

// A describe's (or a file's) own scratch database, opened and filled before its tests and removed after
// them; where the test imports the harness, the app reads it too. The fields are there once the tests
// run, not while they are declared.

function scratch<T extends object>(fill: (db: Db) => Promise<T>): { db: Db; file: string } & T {
  const opened = {} as { db: Db; file: string } & T;
  let dispose = () => {};
  beforeAll(async () => {
    const t = await createTestDatabase();
    dispose = t.dispose;
    state.db = t.db;
    Object.assign(opened, { db: t.db, file: t.file }, await fill(t.db));
  });
  afterAll(() => dispose());
  return opened;
}

/** An empty migrated database. */
export const scratchDatabase = () => scratch(async () => ({}));

/** The demo conference as the seed writes it (db/seed/seed-demo.ts). */
export const scratchDemo = () =>
  scratch(async (db) => {
    const { seedDemo } = await import("@/db/seed/seed-demo");
    await seedDemo(db);
    return {};
  });

/** The demo conference and the other one, with a viewer for every role (support/workspace-fixture.ts). */
export const scratchWorkspace = () =>
  scratch(async (db): Promise<{ ws: Workspace }> => ({ ws: await createWorkspace(db) }));

/** Conferences A and B with their people and objects (support/tenancy-fixture.ts). */
export const scratchTenancy = () => scratch(async (db): Promise<{ fx: Tenancy }> => ({ fx: await createTenancy(db) }));

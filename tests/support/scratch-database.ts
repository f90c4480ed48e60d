import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/connection";
import { state } from "./app-harness";
import { createTenancy, type Tenancy } from "./tenancy-fixture";
import { createTestDatabase } from "./test-database";
import { createWorkspace, type Workspace } from "./workspace-fixture";

// A describe's own scratch database, which the app reads too (through the harness): opened and filled
// before its tests, removed after them. The fields are there once the tests run, not while they are declared.

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

/** The demo conference and the other one, with a viewer for every role (support/workspace-fixture.ts). */
export const useWorkspace = () =>
  scratch(async (db): Promise<{ ws: Workspace }> => ({ ws: await createWorkspace(db) }));

/** Conferences A and B with their people and objects (support/tenancy-fixture.ts). */
export const useTenancy = () => scratch(async (db): Promise<{ fx: Tenancy }> => ({ fx: await createTenancy(db) }));

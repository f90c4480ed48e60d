import type { Db } from "@/db/connection";
import type { Viewer } from "@/lib/auth/permissions";

// Apart from the harness's mocks, so that a scratch database can be opened without mocking anything.

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

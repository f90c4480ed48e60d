import { state } from "./app-harness";
import { scratchTenancy } from "./scratch-database";
import type { Role } from "./tenancy-fixture";

// The setup of the tests of issue 13's findings about tenants (tenancy-regressions*.test.ts):
// the file's own conferences A and B, and `as(role)` to act as one of their people. Importing
// this imports the harness, so a test file imports it before any app module.

/** Conferences A and B in the file's scratch database, and the viewer the app sees set to a role's. */
export function scratchTenancyRegressions() {
  const t = scratchTenancy();
  const as = (role: Role) => (state.viewer = t.fx.viewers[role]);
  return { t, as };
}

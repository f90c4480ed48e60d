import { expect, it } from "vitest";
import type { Db } from "@/db/connection";
import type { WriteContext } from "@/db/mutations/pipeline";
import type { Viewer } from "@/lib/auth/permissions";
import { state } from "./app-state";
import { FORBIDDEN, isRefusal, unlessForbidden } from "./outcomes";
import { runAction } from "./server-action";
import type { Outcome } from "./tenancy-table";
import { roles, type Role, type Workspace } from "./workspace-fixture";

// The workspace's authorization tables: each case tried as every role of support/workspace-fixture.ts,
// allowed to the roles it names and denied to the rest.

export type { Outcome };

export interface WorkspaceCase {
  name: string;
  allowed: Role[];
  /** Runs the attempt as `viewer`; throws ForbiddenError or returns a refusal when denied. */
  attempt: (ws: Workspace, viewer: Viewer | null) => Promise<Outcome> | Outcome;
}

/** A data function: ForbiddenError denies. Allowed means the write went through: a refusal for any other reason is a broken case, not a denial. */
export const viaThrow = async (fn: () => unknown): Promise<Outcome> => {
  const result = await unlessForbidden(fn);
  if (result === FORBIDDEN) return "deny";
  if (isRefusal(result)) throw new Error(`refused for another reason: ${JSON.stringify(result)}`);
  return "allow";
};

/** A case that calls a data function as the viewer (`ctx` is its database and viewer), read as viaThrow reads it. */
export const dataCase = (
  name: string,
  allowed: Role[],
  call: (ctx: WriteContext, ws: Workspace) => unknown,
): WorkspaceCase => ({ name, allowed, attempt: (ws, viewer) => viaThrow(() => call({ db: state.db, viewer }, ws)) });

/** A case that reads the demo conference through a data function taking (db, viewer, conferenceId). */
export const demoRead = (
  name: string,
  allowed: Role[],
  read: (db: Db, viewer: Viewer | null, conferenceId: number) => unknown,
): WorkspaceCase => dataCase(name, allowed, ({ db, viewer }, ws) => read(db, viewer, ws.conferenceId));

/** One test per case and role, the app seeing that role's viewer. */
export function tryEveryRole(t: { ws: Workspace }, cases: readonly WorkspaceCase[]): void {
  for (const c of cases) {
    for (const role of roles) {
      const expected: Outcome = c.allowed.includes(role) ? "allow" : "deny";
      it(`${c.name}: ${role} → ${expected}`, async () => {
        state.viewer = t.ws.viewers[role];
        expect(await c.attempt(t.ws, t.ws.viewers[role])).toBe(expected);
      });
    }
  }
}

/**
 * A server action that redirects after its write: the redirect allows, the "forbidden" problem denies,
 * and anything else (a refusal for another reason, a state with no redirect) is a broken case.
 */
export const viaRedirect = async <State extends { status: string; problem?: { code: string } }>(
  action: (s: State, f: FormData) => Promise<State>,
  fields: Record<string, string>,
): Promise<Outcome> => {
  const outcome = await runAction(action, fields);
  if ("redirect" in outcome) return "allow";
  if (outcome.state.status === "error" && outcome.state.problem?.code === "forbidden") return "deny";
  throw new Error(`neither allowed nor forbidden: ${JSON.stringify(outcome.state)}`);
};

/** A case that posts a form, made afresh for each attempt, to a server action that redirects after its write (viaRedirect). */
export const actionCase = <State extends { status: string; problem?: { code: string } }>(
  name: string,
  allowed: Role[],
  action: (s: State, f: FormData) => Promise<State>,
  fields: (ws: Workspace) => Record<string, string>,
): WorkspaceCase => ({ name, allowed, attempt: (ws) => viaRedirect(action, fields(ws)) });

import { expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { state } from "./app-state";
import { FORBIDDEN, isRedirect, isRefusal, unlessForbidden } from "./outcomes";
import { A_SLUG, B_MARKERS, B_SLUG, NOBODY, roles, type Role, type Tenancy } from "./tenancy-fixture";
import { changedTables, snapshotConference } from "./tenant-snapshot";

export type Outcome = "allow" | "deny";

export interface TenancyCase {
  name: string;
  allowed: readonly Role[];
  /** Roles for whom the attempt may change conference B by the model (its own people, and admins); for everyone else B stays as it was. */
  changesB?: readonly Role[];
  /** Made before B is snapshotted: the row to delete, the invitation to resend. */
  prepare?: (fx: Tenancy) => number | undefined;
  attempt: (fx: Tenancy, viewer: Viewer | null, prepared: number | undefined) => Promise<Outcome> | Outcome;
  /** Puts back what an allowed attempt took that later cases rely on (an account link). */
  restore?: (fx: Tenancy, prepared: number | undefined) => void;
}

/** The state a form's action starts from. */
export const idle = { status: "idle" as const };

/** The conference a write is posted under: its id for a data function, its slug for an action's $conference. */
export interface PostedUnder {
  id: number;
  slug: string;
}
export const postedUnder = (fx: Tenancy, under: "A" | "B"): PostedUnder =>
  under === "A" ? { id: fx.a.id, slug: A_SLUG } : { id: fx.b.id, slug: B_SLUG };

/**
 * One write of B's object, twice: in B, allowed (and changing B) for `allowed`; and forged under A
 * (A's conference, B's object), allowed for nobody. The two differ only in the conference posted under.
 */
export function inBAndUnderA(
  name: string,
  via: "data" | "action",
  allowed: readonly Role[],
  attempt: (fx: Tenancy, viewer: Viewer | null, at: PostedUnder, prepared: number | undefined) => Promise<Outcome>,
  prepare?: (fx: Tenancy) => number | undefined,
): TenancyCase[] {
  const underA = via === "data" ? "posted under A" : "with $conference A";
  return [
    {
      name: `${name} in B (${via})`,
      allowed,
      changesB: allowed,
      prepare,
      attempt: (fx, viewer, prepared) => attempt(fx, viewer, postedUnder(fx, "B"), prepared),
    },
    {
      name: `${name} ${underA} (${via})`,
      allowed: NOBODY,
      prepare,
      attempt: (fx, viewer, prepared) => attempt(fx, viewer, postedUnder(fx, "A"), prepared),
    },
  ];
}

/** One read of A, allowed for `allowed` and holding nothing of B. */
export const readOfA = (
  name: string,
  allowed: readonly Role[],
  read: (fx: Tenancy, viewer: Viewer | null, conferenceId: number) => unknown,
): TenancyCase => ({ name, allowed, attempt: (fx, viewer) => readInA(() => read(fx, viewer, fx.a.id)) });

/** One read while acting in A of one of B's objects, allowed for `allowed` and finding nothing (`[]` for a list, null for one). */
export const findOfBInA = (
  name: string,
  allowed: readonly Role[],
  find: (fx: Tenancy, viewer: Viewer | null, conferenceId: number) => unknown,
  nothing: [] | null,
): TenancyCase => ({
  name,
  allowed,
  attempt: (fx, viewer) => findsNothingInA(() => find(fx, viewer, fx.a.id), nothing),
});

/**
 * One read of one of B's objects from each conference: from A, allowed for `allowed[0]` and finding
 * nothing (findOfBInA); in B, allowed for `allowed[1]`. `{}` in the name says which ("open B's keynote {}").
 */
export const findsOfBFromAAndInB = (
  name: string,
  allowed: readonly [readonly Role[], readonly Role[]],
  find: (fx: Tenancy, viewer: Viewer | null, conferenceId: number) => unknown,
  nothing: [] | null,
): TenancyCase[] => [
  findOfBInA(name.replace("{}", "from A"), allowed[0], find, nothing),
  {
    name: name.replace("{}", "in B"),
    allowed: allowed[1],
    attempt: (fx, viewer) => viaData(() => find(fx, viewer, fx.b.id)),
  },
];

/**
 * One read of each conference: of A, allowed for `allowed[0]` and holding nothing of B; of B, allowed
 * for `allowed[1]`. `{}` in the name says which conference ("list {}'s forums").
 */
export function readsOfAAndB(
  name: string,
  allowed: readonly [readonly Role[], readonly Role[]],
  read: (fx: Tenancy, viewer: Viewer | null, conferenceId: number) => unknown,
): TenancyCase[] {
  return [
    readOfA(name.replace("{}", "A"), allowed[0], read),
    {
      name: name.replace("{}", "B"),
      allowed: allowed[1],
      attempt: (fx, viewer) => viaData(() => read(fx, viewer, fx.b.id)),
    },
  ];
}

/** Every case as every role, a test apiece named by the outcome the model intends; the app sees that role's viewer. */
export function itTriesEveryRole(tenancy: { fx: Tenancy }, cases: readonly TenancyCase[]): void {
  for (const c of cases) {
    for (const role of roles) {
      it(`${c.name}: ${role} → ${c.allowed.includes(role) ? "allow" : "deny"}`, async () => {
        state.viewer = tenancy.fx.viewers[role];
        await tryAsRole(tenancy.fx, c, role, tenancy.fx.viewers[role]);
      });
    }
  }
}

/** Tries one case as one role: the outcome the model intends, and nothing of B changed unless the model lets this role change it. */
export async function tryAsRole(fx: Tenancy, c: TenancyCase, role: Role, viewer: Viewer | null): Promise<void> {
  const prepared = c.prepare?.(fx);
  const before = snapshotConference(fx.db, fx.b.id);
  let outcome: Outcome | undefined;
  try {
    outcome = await c.attempt(fx, viewer, prepared);
    const changed = changedTables(before, snapshotConference(fx.db, fx.b.id));
    expect(outcome).toBe(c.allowed.includes(role) ? "allow" : "deny");
    if (!(c.changesB ?? []).includes(role)) expect(changed, "tables of conference B changed").toEqual([]);
  } finally {
    if (outcome === "allow") c.restore?.(fx, prepared);
  }
}

/** The B-only strings found in what was read: none, for anything read while acting in A. */
export const leaksOfB = (data: unknown): string[] => {
  const text = JSON.stringify(data) ?? "";
  return B_MARKERS.filter((m) => text.includes(m));
};

/** A refusal the model gives for another tenant's object besides "forbidden" and "not found", by its message. */
export type Refusals = RegExp | undefined;

// Writes refuse with a problem code (the pipeline) or, not yet moved to it, a reason and message.
const messageOf = (r: { reason?: string; message?: string; problem?: { code: string } }) =>
  r.problem
    ? r.problem.code === "notFound"
      ? "not-found"
      : r.problem.code
    : r.reason === "invalid" && r.message
      ? r.message
      : (r.reason ?? r.message ?? "");

type Problem = { code: string; values?: Record<string, string | number> };

/** Each field's code, and with the kind of thing it names (`notInConference:room`), so a case can say which refusal it means. */
const fieldCodes = (fields: Record<string, Problem> | undefined) =>
  Object.values(fields ?? {}).flatMap((p) => (p.values?.kind ? [p.code, `${p.code}:${p.values.kind}`] : [p.code]));

/** A data function: a result allows; ForbiddenError, "not found" or a listed refusal denies; any other refusal is a broken case. */
export async function viaData(fn: () => unknown, refusals?: Refusals): Promise<Outcome> {
  const result = await unlessForbidden(fn);
  if (result === FORBIDDEN) return "deny";
  if (isRefusal(result)) {
    const refusal = result as {
      reason?: string;
      message?: string;
      problem?: Problem;
      fields?: Record<string, Problem>;
    };
    const said = [messageOf(refusal), ...fieldCodes(refusal.fields)];
    if (said.some((m) => m === "not-found" || refusals?.test(m))) return "deny";
    throw new Error(`refused for another reason: ${JSON.stringify(result)}`);
  }
  return "allow";
}

/** A read while acting in A: denied, or allowed and holding nothing of B. */
export async function readInA(fn: () => unknown): Promise<Outcome> {
  const result = await unlessForbidden(fn);
  if (result === FORBIDDEN) return "deny";
  expect(leaksOfB(result), "B's data in a read of A").toEqual([]);
  return "allow";
}

/** A read while acting in A of one of B's objects: denied, or allowed and finding nothing (`[]` for a list, null for one). */
export const findsNothingInA = (fn: () => unknown, nothing: [] | null): Promise<Outcome> =>
  readInA(() => {
    const found = fn();
    expect(found).toEqual(nothing);
    return found;
  });

export interface ActionState {
  status?: string;
  message?: string;
  problem?: { code: string };
  fields?: Record<string, Problem>;
  mail?: string;
  fieldErrors?: Record<string, string>;
}

/** A ForbiddenError's code as an action answers it: "forbidden", or a narrower one that says why. */
const forbidden = new Set(["forbidden", "notOwnProfile", "forumEditorWordsOnly"]);

/** A server action: a redirect or "saved" allows; "forbidden", "not-found" or a listed refusal denies; anything else is a broken case. */
export async function viaAction(fn: () => Promise<ActionState>, refusals?: Refusals): Promise<Outcome> {
  let result: ActionState;
  try {
    result = await fn();
  } catch (error) {
    if (isRedirect(error)) return "allow";
    throw error;
  }
  if (result.status === "saved" || result.status === "published") {
    if (result.mail !== undefined && result.mail !== "off")
      throw new Error(`mail was attempted: ${JSON.stringify(result)}`);
    return "allow";
  }
  const codes = [
    result.problem?.code === "notFound" ? "not-found" : result.problem?.code,
    ...fieldCodes(result.fields),
  ];
  const said = [
    result.message ?? "",
    ...Object.values(result.fieldErrors ?? {}),
    ...codes.filter((c): c is string => !!c),
  ];
  if (said.some((m) => forbidden.has(m) || m === "not-found" || refusals?.test(m))) return "deny";
  throw new Error(`neither allowed nor refused: ${JSON.stringify(result)}`);
}

export const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Posts a form to a server action from its idle state, read as viaAction reads it. */
export const post = (
  action: (state: typeof idle, data: FormData) => Promise<ActionState>,
  fields: Record<string, string | File>,
  refusals?: Refusals,
): Promise<Outcome> => viaAction(() => action(idle, form(fields)), refusals);

let counter = 0;
/** A value no earlier attempt used, so every allowed write is a change. */
export const fresh = (prefix = "t") => `${prefix}${++counter}`;

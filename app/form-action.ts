import "server-only";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { refuse, type Refusal, type Result, type WriteContext } from "@/db/mutations/pipeline";
import { findConferenceBySlug } from "@/db/queries/conferences";
import { typedValues, type ActionResult } from "@/lib/admin/action-result";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { problem } from "@/lib/errors/problem";

/** What an action's write gets: the write context, the form and what was typed. */
export interface ActionInput {
  ctx: WriteContext & { viewer: Viewer };
  formData: FormData;
  values: Record<string, string>;
}

type Done<T, Data, Input> = (value: T, input: Input) => ActionResult<Data> | void | Promise<ActionResult<Data> | void>;
/** What a refusal hands back besides its problems, when the form needs more (a stale edit: the entity as it is now). */
type Refused<Data, Input> = (refusal: Refusal, input: Input) => Data | undefined;

/**
 * The one adapter between a form and a write: the signed-in viewer (anyone else is
 * refused), the write, and its result in the one shape every form reads. A refusal keeps
 * what was typed; a ForbiddenError becomes its code ("forbidden", or a narrower one such as
 * forumEditorWordsOnly); `done` may redirect (which throws, as Next.js wants) or say what to hand back.
 */
export function formAction<T, Data = undefined>(
  run: (input: ActionInput) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, ActionInput>,
  refused?: Refused<Data, ActionInput>,
): (previous: ActionResult<Data>, formData: FormData) => Promise<ActionResult<Data>> {
  return async (_previous, formData) => {
    const values = typedValues(formData);
    const withForm = (ctx: ActionInput["ctx"]): ActionInput => ({ ctx, formData, values });
    return answer(
      values,
      (ctx) => run(withForm(ctx)),
      done && ((value, ctx) => done(value, withForm(ctx))),
      refused && ((refusal, ctx) => refused(refusal, withForm(ctx))),
    );
  };
}

/**
 * The same adapter for an action a client component calls with a value instead of a form
 * (the schedule editor's moves): the value is untrusted input, which the write parses.
 */
export function valueAction<T, Data = undefined>(
  run: (ctx: ActionInput["ctx"], input: unknown) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, ActionInput["ctx"]>,
): (input: unknown) => Promise<ActionResult<Data>> {
  return (input) => answer(undefined, (ctx) => run(ctx, input), done);
}

/**
 * The adapter for the few forms anyone may post, signed in or not (accepting an invitation
 * makes the account it signs in): the write gets the viewer, or null, and decides.
 */
export function openFormAction<T, Data = undefined>(
  run: (input: OpenActionInput) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, OpenActionInput>,
): (previous: ActionResult<Data>, formData: FormData) => Promise<ActionResult<Data>> {
  return async (_previous, formData) => {
    const values = typedValues(formData);
    const input: OpenActionInput = { ctx: { db: getDb(), viewer: await getViewer() }, formData, values };
    return settle(values, input.ctx, () => run(input), done && ((value) => done(value, input)));
  };
}

/** What an open form's write gets: the viewer may be null. */
export interface OpenActionInput extends Omit<ActionInput, "ctx"> {
  ctx: WriteContext;
}

async function answer<T, Data>(
  values: Record<string, string> | undefined,
  run: (ctx: ActionInput["ctx"]) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, ActionInput["ctx"]>,
  refused?: Refused<Data, ActionInput["ctx"]>,
): Promise<ActionResult<Data>> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", problem: problem("forbidden"), values };
  return settle(values, { db: getDb(), viewer }, run, done, refused);
}

/** Runs the write and puts its result in the one shape: a ForbiddenError and a refusal as codes, what was typed kept. */
async function settle<T, Data, Ctx>(
  values: Record<string, string> | undefined,
  ctx: Ctx,
  run: (ctx: Ctx) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, Ctx>,
  refused?: Refused<Data, Ctx>,
): Promise<ActionResult<Data>> {
  let result: Result<T>;
  try {
    result = await run(ctx);
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", problem: problem(error.code), values };
    throw error;
  }
  if (!result.ok) {
    const stale = result.stale && {
      currentVersion: result.stale.currentVersion,
      changesSince: result.stale.changesSince.map((c) => ({ ...c, at: c.at.toISOString() })),
    };
    const data = refused?.(result, ctx);
    return { status: "error", problem: result.problem, fields: result.fields, stale, values, ...(data && { data }) };
  }
  return (await done?.(result.value, ctx)) ?? { status: "saved" };
}

/** What a conference's action gets besides: the conference its form names in `$conference`. */
export interface ConferenceActionInput extends ActionInput {
  conference: { id: number; slug: string };
}

/** A form action inside one conference; a form naming no conference that exists is "not found". */
export function conferenceAction<T, Data = undefined>(
  run: (input: ConferenceActionInput) => Result<T> | Promise<Result<T>>,
  done?: Done<T, Data, ConferenceActionInput>,
  refused?: Refused<Data, ConferenceActionInput>,
) {
  const withConference = (input: ActionInput): ConferenceActionInput | null => {
    const conference = findConferenceBySlug(input.ctx.db, String(input.formData.get("$conference") ?? ""));
    return conference ? { ...input, conference } : null;
  };
  return formAction<T, Data>(
    (input) => {
      const scoped = withConference(input);
      return scoped ? run(scoped) : refuse.notFound();
    },
    done && ((value, input) => done(value, withConference(input)!)),
    refused &&
      ((refusal, input) => {
        const scoped = withConference(input);
        return scoped ? refused(refusal, scoped) : undefined;
      }),
  );
}

/** A numeric id a form posts (`$room`), or null when it posts none. */
export const idFrom = (formData: FormData, name: string): number | null => {
  const raw = formData.get(name);
  return typeof raw === "string" && raw !== "" ? Number(raw) : null;
};

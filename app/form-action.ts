import "server-only";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { refuse, type Result, type WriteContext } from "@/db/mutations/pipeline";
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

/**
 * The one adapter between a form and a write: the signed-in viewer (anyone else is
 * refused), the write, and its result in the one shape every form reads. A refusal keeps
 * what was typed; a ForbiddenError becomes "forbidden"; `done` may redirect (which throws,
 * as Next.js wants) or say what to hand back.
 */
export function formAction<T, Data = undefined>(
  run: (input: ActionInput) => Result<T> | Promise<Result<T>>,
  done?: (value: T, input: ActionInput) => ActionResult<Data> | void | Promise<ActionResult<Data> | void>,
): (previous: ActionResult<Data>, formData: FormData) => Promise<ActionResult<Data>> {
  return async (_previous, formData) => {
    const values = typedValues(formData);
    const viewer = await getViewer();
    if (!viewer) return { status: "error", problem: problem("forbidden"), values };
    const input: ActionInput = { ctx: { db: getDb(), viewer }, formData, values };
    let result: Result<T>;
    try {
      result = await run(input);
    } catch (error) {
      if (error instanceof ForbiddenError) return { status: "error", problem: problem("forbidden"), values };
      throw error;
    }
    if (!result.ok) {
      const stale = result.stale && {
        currentVersion: result.stale.currentVersion,
        changesSince: result.stale.changesSince.map((c) => ({ ...c, at: c.at.toISOString() })),
      };
      return { status: "error", problem: result.problem, fields: result.fields, stale, values };
    }
    return (await done?.(result.value, input)) ?? { status: "saved" };
  };
}

/** What a conference's action gets besides: the conference its form names in `$conference`. */
export interface ConferenceActionInput extends ActionInput {
  conference: { id: number; slug: string };
}

/** A form action inside one conference; a form naming no conference that exists is "not found". */
export function conferenceAction<T, Data = undefined>(
  run: (input: ConferenceActionInput) => Result<T> | Promise<Result<T>>,
  done?: (value: T, input: ConferenceActionInput) => ActionResult<Data> | void | Promise<ActionResult<Data> | void>,
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
  );
}

/** A numeric id a form posts (`$room`), or null when it posts none. */
export const idFrom = (formData: FormData, name: string): number | null => {
  const raw = formData.get(name);
  return typeof raw === "string" && raw !== "" ? Number(raw) : null;
};

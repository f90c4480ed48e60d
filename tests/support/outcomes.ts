import { ForbiddenError } from "@/lib/auth/permissions";

// How the rights tables read what the app answered an attempt: the data layer refuses a viewer by
// throwing ForbiddenError, and a server action that saved may answer by throwing Next.js's redirect.

/** What a data function answered the viewer, or FORBIDDEN when it refused them by throwing ForbiddenError. */
export const FORBIDDEN = Symbol("forbidden");

export async function unlessForbidden(fn: () => unknown): Promise<unknown> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return FORBIDDEN;
    throw error;
  }
}

/** Whether a server action answered by redirecting (Next.js redirects by throwing an error with this digest). */
export const isRedirect = (error: unknown): boolean =>
  String((error as { digest?: unknown } | null)?.digest ?? "").startsWith("NEXT_REDIRECT;");

/** A refusal a data function returned (`{ ok: false, … }`) rather than threw. */
export const isRefusal = (result: unknown): result is { ok: false; problem?: { code: string } } =>
  typeof result === "object" && result !== null && "ok" in result && result.ok === false;

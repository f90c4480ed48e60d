import type { ProblemCode } from "@/lib/errors/problem";

/** The problem named by Auth.js's redirect to the sign-in page (`?error=CredentialsSignin&code=…`), for scripts and plain form posts. */
export function signInErrorFromQuery(error: unknown, code: unknown): ProblemCode | null {
  if (typeof error !== "string" || error === "") return null;
  if (error !== "CredentialsSignin") return "signInFailed";
  if (code === "throttled") return "signInThrottledLater";
  if (code === "invalid-input") return "credentialsMissing";
  return "wrongCredentials";
}

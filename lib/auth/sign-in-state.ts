// What the sign-in Server Action answers to its form (plain data, safe for the client).
export type SignInError = "credentials" | "invalid" | "throttled" | "throttledLater" | "unavailable";

export interface SignInState {
  error: SignInError | null;
  /** For "throttled": whole minutes until the next try is accepted. */
  retryAfterMinutes?: number;
  /** The email as typed, so the form keeps it after an error. */
  email: string;
}

/** The error named by Auth.js's redirect to the sign-in page (`?error=CredentialsSignin&code=…`), for scripts and plain form posts. */
export function signInErrorFromQuery(error: unknown, code: unknown): SignInError | null {
  if (typeof error !== "string" || error === "") return null;
  if (error !== "CredentialsSignin") return "unavailable";
  if (code === "throttled") return "throttledLater";
  if (code === "invalid-input") return "invalid";
  return "credentials";
}

// What the account forms on /me and the confirmation page get back from their
// Server Actions: codes, said in the viewer's language by the form (plain data, safe for the client).

export interface AccountFormState {
  status: "idle" | "saved" | "error";
  /** What happened: "sent", "already-verified", "confirmed", or an error such as "rate-limited", "mail-off". */
  code?: string;
  /** Codes beside the fields: "wrong", "throttled", "too-short", "too-long", "mismatch", "unchanged". */
  fieldErrors?: Record<string, string>;
  /** For "throttled" and "rate-limited": whole minutes until the next try is accepted. */
  retryAfterMinutes?: number;
}

/** The query /me is reached with after a password change (the browser is signed in afresh). */
export const PASSWORD_CHANGED_QUERY = { name: "account", value: "password-changed" } as const;

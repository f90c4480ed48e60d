"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";
import { openFormAction } from "@/app/form-action";
import { SignInThrottledError } from "@/db/auth/sign-in";
import { refuse } from "@/db/mutations/pipeline";
import { safeRedirectPath } from "@/lib/auth/redirect-path";

/**
 * The sign-in form's action: Auth.js's signIn() checks the password (through the throttle) and,
 * on success, sets the cookie and redirects — thrown, so it passes through the adapter. What it
 * refuses comes back as a problem, the email kept as typed (the password never is).
 */
export const signInAction = openFormAction(async ({ formData }) => {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeRedirectPath(formData.get("redirectTo"));
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInThrottledError)
      return refuse.because("signInThrottled", { minutes: error.retryAfterMinutes });
    if (error instanceof CredentialsSignin)
      return refuse.because(error.code === "invalid-input" ? "credentialsMissing" : "wrongCredentials");
    if (error instanceof AuthError) return refuse.because("signInFailed");
    throw error;
  }
  return { ok: true, value: null };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

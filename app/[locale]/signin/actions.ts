"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";
import { SignInThrottledError } from "@/db/auth/sign-in";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import type { SignInState } from "@/lib/auth/sign-in-state";

/** The sign-in form's action: on success Auth.js sets the cookie and redirects; otherwise the form gets the reason. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeRedirectPath(formData.get("redirectTo"));
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInThrottledError)
      return { error: "throttled", retryAfterMinutes: error.retryAfterMinutes, email };
    if (error instanceof CredentialsSignin)
      return { error: error.code === "invalid-input" ? "invalid" : "credentials", email };
    if (error instanceof AuthError) return { error: "unavailable", email };
    // Success ends in redirect(), which works by throwing: let it through.
    throw error;
  }
  return { error: null, email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { acceptInvitation } from "@/db/mutations/invitations";
import { users } from "@/db/schema";
import type { FormState } from "@/lib/admin/form-result";

type Refusal = { ok: false; reason: string; message?: string; fieldErrors?: Record<string, string> };
const refused = (r: Refusal): FormState => ({
  status: "error",
  message: r.message ?? r.reason,
  fieldErrors: r.fieldErrors,
});

/**
 * Accepts an invitation: as the signed-in account (same email as invited), or
 * by creating the account with the chosen password and signing it in. The
 * token is the right to accept; acceptInvitation checks it again in its transaction.
 */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("$token") ?? "").slice(0, 200);
  const viewer = await getViewer();
  if (viewer) {
    const result = await acceptInvitation(getDb(), { token, signedInUserId: viewer.userId });
    if (!result.ok) return refused(result);
    redirect("/me");
  }
  const password = String(formData.get("password") ?? "");
  if (password !== String(formData.get("passwordConfirm") ?? ""))
    return { status: "error", fieldErrors: { passwordConfirm: "mismatch" } };
  const result = await acceptInvitation(getDb(), { token, password });
  if (!result.ok) return refused(result);
  const { email } = getDb().select({ email: users.email }).from(users).where(eq(users.id, result.value.userId)).get()!;
  // Success ends in a redirect (thrown); the account exists either way, so a failed sign-in only means signing in by hand.
  await signIn("credentials", { email, password, redirectTo: "/me" });
  return { status: "saved" };
}

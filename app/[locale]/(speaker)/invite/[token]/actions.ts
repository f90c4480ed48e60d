"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { openFormAction } from "@/app/form-action";
import { acceptInvitation } from "@/db/mutations/invitations/accept-invitation";
import { refuse } from "@/db/mutations/pipeline";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/**
 * Accepts an invitation: as the signed-in account (same email as invited), or by creating the
 * account with the chosen password and signing it in. Anyone may post it: the token is the
 * right to accept, and acceptInvitation checks it again in its transaction.
 */
export const acceptInvitationAction = openFormAction(
  ({ ctx, formData }) => {
    const password = field(formData, "password");
    if (!ctx.viewer && password !== field(formData, "passwordConfirm"))
      return refuse.field("passwordConfirm", "passwordsDiffer");
    return acceptInvitation(ctx, field(formData, "$token").slice(0, 200), { password });
  },
  async (accepted, { ctx, formData }) => {
    if (ctx.viewer) redirect("/me");
    // Success ends in a redirect (thrown); the account exists either way, so a failed sign-in only means signing in by hand.
    await signIn("credentials", { email: accepted.email, password: field(formData, "password"), redirectTo: "/me" });
  },
);

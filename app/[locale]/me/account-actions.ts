"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import { changePassword } from "@/db/auth/change-password";
import { getViewer } from "@/db/auth/current-viewer";
import { issueEmailVerification } from "@/db/auth/email-verification";
import { signOutEverywhere } from "@/db/auth/sign-ins";
import { PASSWORD_CHANGED_QUERY, type AccountFormState } from "@/lib/auth/account-form-state";
import { clientAddress } from "@/lib/auth/client-address";
import { emailVerificationEmail } from "@/lib/mail/email-verification-email";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";
import { siteUrl } from "@/lib/site-url";

// Each action acts on the signed-in account only: there is no id in the form to forge.

/** Ends every sign-in of the account (this browser's too) and goes to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) signOutEverywhere(getDb(), viewer.userId);
  await signOut({ redirectTo: "/signin" });
}

/** Changes the password, ends every sign-in, then signs this browser in again with the new password. */
export async function changePasswordAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", code: "forbidden" };
  const field = (name: string) => String(formData.get(name) ?? "").slice(0, 1000);
  const input = {
    currentPassword: field("currentPassword"),
    newPassword: field("newPassword"),
    newPasswordConfirm: field("newPasswordConfirm"),
  };
  const result = await changePassword(getDb(), viewer.userId, input, clientAddress(await headers()));
  if (!result.ok)
    return { status: "error", fieldErrors: result.fieldErrors, retryAfterMinutes: result.retryAfterMinutes };
  try {
    await signIn("credentials", {
      email: result.email,
      password: input.newPassword,
      redirectTo: `/me?${PASSWORD_CHANGED_QUERY.name}=${PASSWORD_CHANGED_QUERY.value}`,
    });
  } catch (error) {
    // The password is changed either way; if signing in again fails (throttled), it is done by hand.
    if (error instanceof AuthError) redirect("/signin?callbackUrl=%2Fme");
    throw error;
  }
  return { status: "saved" };
}

function mailSettings(): { config: MailConfig } | { code: "mail-off" | "mail-failed" } {
  try {
    const config = mailConfigFromEnv();
    return config ? { config } : { code: "mail-off" };
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return { code: "mail-failed" };
  }
}

/**
 * Emails the account a link that proves it reads its address. The link is
 * built from SITE_URL, never from the request, and goes only to the address
 * on the account: it is never shown on screen.
 */
export async function sendEmailVerificationAction(): Promise<AccountFormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", code: "forbidden" };
  const mail = mailSettings();
  if ("code" in mail) return { status: "error", code: mail.code };
  const issued = issueEmailVerification(getDb(), viewer.userId);
  if (!issued.ok) {
    if (issued.reason === "already-verified") return { status: "saved", code: "already-verified" };
    if (issued.reason === "rate-limited")
      return { status: "error", code: "rate-limited", retryAfterMinutes: issued.retryAfterMinutes };
    return { status: "error", code: "forbidden" };
  }
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  const message = emailVerificationEmail({
    locale,
    to: issued.email,
    url: `${siteUrl()}/verify-email/${issued.token}`,
    expiresAt: issued.expiresAt,
  });
  const sent = await sendMail(createMailer(mail.config), message, mail.config.from);
  return sent.ok ? { status: "saved", code: "sent" } : { status: "error", code: "mail-failed" };
}

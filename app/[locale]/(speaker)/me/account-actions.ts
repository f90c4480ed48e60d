"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { formAction, openFormAction } from "@/app/form-action";
import { changePassword } from "@/db/auth/change-password";
import { issueEmailVerification } from "@/db/auth/email-verification";
import { signOutEverywhere } from "@/db/auth/sign-ins";
import { refuse } from "@/db/mutations/pipeline";
import type { ActionResult } from "@/lib/admin/action-result";
import { PASSWORD_CHANGED_QUERY, type ConfirmationSent } from "@/lib/auth/account-form-state";
import { clientAddress } from "@/lib/auth/client-address";
import { problem } from "@/lib/errors/problem";
import { emailVerificationEmail } from "@/lib/mail/email-verification-email";
import { mailConfigFromEnv, type MailConfig } from "@/lib/mail/mail-config";
import { createMailer, sendMail } from "@/lib/mail/send-mail";
import { siteUrl } from "@/lib/site-url";

// Each action acts on the signed-in account only: there is no id in the form to forge.

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "").slice(0, 1000);

/**
 * Ends every sign-in of the account (this browser's too) and goes to the sign-in page. A browser
 * signed out already has nothing to end, and goes there all the same: hence the open adapter.
 */
export const signOutEverywhereAction = openFormAction(
  ({ ctx }) => (ctx.viewer ? signOutEverywhere(ctx) : { ok: true, value: 0 }),
  () => signOut({ redirectTo: "/signin" }),
);

/** Changes the password, ends every sign-in, then signs this browser in again with the new password. */
export const changePasswordAction = formAction(
  async ({ ctx, formData }) =>
    changePassword(
      ctx,
      {
        currentPassword: field(formData, "currentPassword"),
        newPassword: field(formData, "newPassword"),
        newPasswordConfirm: field(formData, "newPasswordConfirm"),
      },
      clientAddress(await headers()),
    ),
  async ({ email }, { formData }) => {
    try {
      await signIn("credentials", {
        email,
        password: field(formData, "newPassword"),
        redirectTo: `/me?${PASSWORD_CHANGED_QUERY.name}=${PASSWORD_CHANGED_QUERY.value}`,
      });
    } catch (error) {
      // The password is changed either way; if signing in again fails (throttled), it is done by hand.
      if (error instanceof AuthError) redirect("/signin?callbackUrl=%2Fme");
      throw error;
    }
  },
);

function mailSettings(): { config: MailConfig } | { refused: "mailNotConfigured" | "mailMisconfigured" } {
  try {
    const config = mailConfigFromEnv();
    return config ? { config } : { refused: "mailNotConfigured" };
  } catch (error) {
    console.error(`[mail] ${(error as Error).message}`);
    return { refused: "mailMisconfigured" };
  }
}

/**
 * Emails the account a link that proves it reads its address. The link is built from
 * SITE_URL, never from the request, and goes only to the address on the account: it is
 * never shown on screen. Nothing is issued when this server sends no email.
 */
export const sendEmailVerificationAction = formAction(
  ({ ctx }) => {
    const mail = mailSettings();
    if ("refused" in mail) return refuse.because(mail.refused);
    const issued = issueEmailVerification(ctx);
    return issued.ok ? { ok: true, value: { issued: issued.value, config: mail.config } } : issued;
  },
  async ({ issued, config }): Promise<ActionResult<ConfirmationSent>> => {
    if (!issued) return { status: "saved", data: { confirmed: true } };
    const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
    const message = emailVerificationEmail({
      locale,
      to: issued.email,
      url: `${siteUrl()}/verify-email/${issued.token}`,
      expiresAt: issued.expiresAt,
    });
    const sent = await sendMail(createMailer(config), message, config.from);
    return sent.ok
      ? { status: "saved", data: { sentTo: issued.email } }
      : { status: "error", problem: problem("mailFailed", { reason: sent.failure }) };
  },
);

"use server";

import { openFormAction } from "@/app/form-action";
import { confirmEmailVerification } from "@/db/auth/email-verification";

/**
 * Confirms the address the link was mailed to. Anyone holding the link may post it, signed in
 * or not: the token is the right, as only that mailbox received it.
 */
export const confirmEmailAction = openFormAction(({ ctx, formData }) =>
  confirmEmailVerification(ctx, String(formData.get("$token") ?? "").slice(0, 200)),
);

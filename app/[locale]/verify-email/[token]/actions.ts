"use server";

import { getDb } from "@/db";
import { confirmEmailVerification } from "@/db/auth/email-verification";
import type { AccountFormState } from "@/lib/auth/account-form-state";

/** Confirms the address the link was mailed to. The token is the right: only that mailbox received it. */
export async function confirmEmailAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const token = String(formData.get("$token") ?? "").slice(0, 200);
  const result = confirmEmailVerification(getDb(), token);
  return result.ok ? { status: "saved", code: "confirmed" } : { status: "error", code: result.reason };
}

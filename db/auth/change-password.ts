import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { users } from "../schema";
import { addressGroup } from "@/lib/auth/client-address";
import { hashPassword, newPasswordProblem } from "@/lib/auth/password";
import { checkPassword } from "./sign-in";
import { releaseSignInAttempt } from "./sign-in-throttle";
import { endAllSignIns } from "./sign-ins";

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** Codes beside the fields, for the form to say in the viewer's language. */
export type ChangePasswordError = "wrong" | "throttled" | "too-short" | "too-long" | "mismatch" | "unchanged";

export type ChangePasswordResult =
  | { ok: true; email: string }
  | {
      ok: false;
      fieldErrors: Partial<Record<keyof ChangePasswordInput, ChangePasswordError>>;
      retryAfterMinutes?: number;
    };

/**
 * Changes the account's password after checking the current one (under the
 * sign-in throttle: it is as good a guessing oracle as the sign-in form), then
 * ends every sign-in of the account, this browser's too: whoever learned the
 * old password must not stay signed in. The caller signs this browser in again.
 */
export async function changePassword(
  db: Db,
  userId: number,
  input: ChangePasswordInput,
  clientAddress: string,
  now = new Date(),
): Promise<ChangePasswordResult> {
  const problem = newPasswordProblem(input.newPassword);
  if (problem) return { ok: false, fieldErrors: { newPassword: problem } };
  if (input.newPassword !== input.newPasswordConfirm)
    return { ok: false, fieldErrors: { newPasswordConfirm: "mismatch" } };
  if (input.newPassword === input.currentPassword) return { ok: false, fieldErrors: { newPassword: "unchanged" } };

  const user = db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { ok: false, fieldErrors: { currentPassword: "wrong" } };
  const check = await checkPassword(db, user.email, input.currentPassword, user, addressGroup(clientAddress), now);
  if (!check.ok) {
    return check.retryAfterMinutes !== undefined
      ? { ok: false, fieldErrors: { currentPassword: "throttled" }, retryAfterMinutes: check.retryAfterMinutes }
      : { ok: false, fieldErrors: { currentPassword: "wrong" } };
  }
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    releaseSignInAttempt(t, check.reservation);
    t.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    const signInsEnded = endAllSignIns(t, userId, now);
    recordAudit(t, {
      userId,
      conferenceId: null,
      action: "account.password-change",
      entityType: "user",
      entityId: userId,
      details: { signInsEnded },
    });
  });
  return { ok: true, email: user.email };
}

import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../schema";
import { refuse, write, type Result, type WriteContext } from "../mutations/pipeline";
import { addressGroup } from "@/lib/auth/client-address";
import { hashPassword, MIN_PASSWORD_LENGTH, newPasswordProblem } from "@/lib/auth/password";
import { ForbiddenError } from "@/lib/auth/permissions";
import { checkPassword } from "./sign-in";
import { releaseSignInAttempt } from "./sign-in-throttle";
import { endAllSignIns } from "./sign-ins";

const changePasswordSchema = z.object({
  currentPassword: z.string().max(1000).default(""),
  newPassword: z.string().max(1000).default(""),
  newPasswordConfirm: z.string().max(1000).default(""),
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/**
 * Changes the signed-in account's password after checking the current one (under the sign-in
 * throttle: it is as good a guessing oracle as the sign-in form), then ends every sign-in of the
 * account, this browser's too: whoever learned the old password must not stay signed in. The
 * caller signs this browser in again with the address returned.
 *
 * The right and the form are checked first; the current password is compared and the new one
 * hashed (bcrypt, async, which a transaction is not) before write() records the change.
 */
export async function changePassword(
  ctx: WriteContext,
  input: unknown,
  clientAddress: string,
): Promise<Result<{ email: string }>> {
  if (!ctx.viewer) throw new ForbiddenError();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return refuse.parse(parsed.error);
  const { currentPassword, newPassword, newPasswordConfirm } = parsed.data;
  const problem = newPasswordProblem(newPassword);
  if (problem === "too-short") return refuse.field("newPassword", "passwordTooShort", { min: MIN_PASSWORD_LENGTH });
  if (problem === "too-long") return refuse.field("newPassword", "passwordTooLong");
  if (newPassword !== newPasswordConfirm) return refuse.field("newPasswordConfirm", "passwordsDiffer");
  if (newPassword === currentPassword) return refuse.field("newPassword", "passwordUnchanged");

  const now = ctx.now ?? new Date();
  const user = ctx.db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.viewer.userId))
    .get();
  if (!user) return refuse.field("currentPassword", "wrongPassword");
  const check = await checkPassword(ctx.db, user.email, currentPassword, user, addressGroup(clientAddress), now);
  if (!check.ok)
    return check.retryAfterMinutes !== undefined
      ? refuse.field("currentPassword", "throttled", { minutes: check.retryAfterMinutes })
      : refuse.field("currentPassword", "wrongPassword");
  const passwordHash = await hashPassword(newPassword);
  return write(
    { ...ctx, now },
    {
      authorize: ({ viewer }) => (viewer?.userId === user.id ? {} : null),
      schema: z.unknown(),
      input: null,
      run: (tx) => {
        releaseSignInAttempt(tx, check.reservation);
        tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
        const signInsEnded = endAllSignIns(tx, user.id, now);
        return {
          value: { email: user.email },
          audit: {
            conferenceId: null,
            action: "account.password-change",
            entityType: "user",
            entityId: user.id,
            details: { signInsEnded },
          },
        };
      },
    },
  );
}

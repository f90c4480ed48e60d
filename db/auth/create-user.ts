import { eq } from "drizzle-orm";
import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import type { Db } from "../connection";
import { users } from "../schema";
import { emailSchema } from "@/lib/auth/credentials";
import { hashPassword, MIN_PASSWORD_LENGTH, passwordTooLong } from "@/lib/auth/password";

export const newUserSchema = createInsertSchema(users, { email: emailSchema })
  .pick({ email: true, isPlatformAdmin: true })
  .extend({
    name: z.string().trim().max(200).default(""),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
      .refine((p) => !passwordTooLong(p), "The password must be at most 72 bytes long."),
  });

export type NewUserInput = z.input<typeof newUserSchema> & {
  /** The address counts as proved: whoever runs the command line chose it (not an invitation link someone else saw). */
  emailVerified?: boolean;
};

export type CreateUserResult =
  | { ok: true; user: { id: number; email: string; name: string; isPlatformAdmin: boolean } }
  | { ok: false; message: string };

/** Creates an account with a bcrypt-hashed password; refuses an email already taken or a short password. */
export async function createUser(db: Db, input: NewUserInput, now = new Date()): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { email, name, isPlatformAdmin = false, password } = parsed.data;
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    return { ok: false, message: `An account with the email ${email} already exists.` };
  }
  const passwordHash = await hashPassword(password);
  const user = db
    .insert(users)
    .values({ email, name, isPlatformAdmin, passwordHash, emailVerifiedAt: input.emailVerified ? now : null })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin })
    .get();
  // Someone may have taken the email while the password was being hashed.
  if (!user) return { ok: false, message: `An account with the email ${email} already exists.` };
  return { ok: true, user };
}

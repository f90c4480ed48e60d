import { z } from "zod";

// What the sign-in form and POST /api/auth/callback/credentials send. Emails are
// compared lower-cased, as users.email is stored.
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1000),
});

export type Credentials = z.infer<typeof credentialsSchema>;

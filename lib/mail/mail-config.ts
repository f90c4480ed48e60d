import { z } from "zod";

export interface MailConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise nodemailer upgrades with STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** The From header, e.g. `Podium <no-reply@example.org>`. */
  from: string;
}

// An empty variable means unset: `SMTP_PORT=` in an .env file must not read as port 0.
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(trimmed, schema.optional());

// No default sender: a guessed address on the SMTP host is usually rejected or lands in spam.
const fromAddress = z
  .string({ error: 'is required when SMTP_HOST is set, e.g. MAIL_FROM="Podium <no-reply@example.org>"' })
  .refine((value) => {
    const address = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;
    return z.email().safeParse(address.trim()).success;
  }, "must be an email address, optionally with a name: Podium <no-reply@example.org>");

const portMessage = "must be a whole number between 1 and 65535";

const envSchema = z
  .object({
    SMTP_HOST: z.string().trim().min(1),
    SMTP_PORT: optional(
      z
        .string()
        .regex(/^\d+$/, portMessage)
        .transform(Number)
        .pipe(z.number().int().min(1, portMessage).max(65535, portMessage)),
    ),
    SMTP_SECURE: optional(z.stringbool({ truthy: ["true"], falsy: ["false"], error: 'must be "true" or "false"' })),
    SMTP_USER: optional(z.string()),
    // Not trimmed: spaces may be part of a password.
    SMTP_PASSWORD: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    MAIL_FROM: z.preprocess(trimmed, fromAddress),
  })
  .refine((env) => env.SMTP_USER === undefined || env.SMTP_PASSWORD !== undefined, {
    path: ["SMTP_PASSWORD"],
    message: "is required when SMTP_USER is set",
  })
  .refine((env) => env.SMTP_PASSWORD === undefined || env.SMTP_USER !== undefined, {
    path: ["SMTP_USER"],
    message: "is required when SMTP_PASSWORD is set",
  });

/**
 * The SMTP settings from the environment, or null when SMTP_HOST is unset: then no mail is
 * sent and the organizer copies the invitation link. A half-made configuration throws, naming
 * the variable, so it fails at the first use rather than as a mystery at send time.
 */
export function mailConfigFromEnv(env: Record<string, string | undefined> = process.env): MailConfig | null {
  if (!env.SMTP_HOST?.trim()) return null;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Mail configuration: ${problems.join("; ")}.`);
  }
  const {
    SMTP_HOST: host,
    SMTP_PORT: port = 587,
    SMTP_SECURE,
    SMTP_USER: user,
    SMTP_PASSWORD: pass,
    MAIL_FROM,
  } = parsed.data;
  return {
    host,
    port,
    secure: SMTP_SECURE ?? port === 465,
    ...(user !== undefined && pass !== undefined ? { auth: { user, pass } } : {}),
    from: MAIL_FROM,
  };
}

// The app's settings, validated with zod in one place. server.ts resolves the
// defaults that need work (embedded database URL, development secret) and
// writes them into process.env before anything else reads it.
import { z } from "zod";

const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a port number between 1 and 65535" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(fallback);

const minutes = (fallback: number) =>
  z.coerce
    .number({ error: "must be a number of minutes" })
    .positive("must be a positive number of minutes")
    .max(24 * 60, "must be at most 1440 (24 hours)")
    .default(fallback);

/**
 * A secret that signs every session must be random, not merely long: refuse
 * values with few distinct characters or long runs ("aaaa…", "abab…", "1234…").
 */
export function strongEnough(secret: string): boolean {
  const distinct = new Set(secret).size;
  if (distinct < 12) return false;
  let run = 1;
  for (let i = 1; i < secret.length; i++) {
    const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
    run = Math.abs(step) <= 1 ? run + 1 : 1;
    if (run >= 8) return false;
  }
  return true;
}

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port(3000),
    HOST: z.string().min(1).default("localhost"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    MEND_DATA_DIR: z.string().min(1).default(".mend"),
    EMBEDDED_PG_PORT: port(54329),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)")
      .refine(strongEnough, "looks guessable: use a random value (generate one with: openssl rand -base64 32)")
      .optional(),
    NEXTAUTH_URL: z.url("must be the app's public URL, e.g. https://mend.example.org").optional(),
    ALLOWED_ORIGINS: z.string().default(""),
    TRUST_PROXY: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("false"),
    SESSION_IDLE_MINUTES: minutes(30),
    SESSION_MAX_HOURS: z.coerce
      .number({ error: "must be a number of hours" })
      .positive("must be a positive number of hours")
      .max(24 * 30, "must be at most 720 (30 days)")
      .default(12),
    SESSION_CHECK_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .positive("must be a positive number of seconds")
      .max(3600, "must be at most 3600")
      .default(30),
    SIGNIN_MAX_FAILURES: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(5),
    SIGNIN_LOCK_MINUTES: minutes(15),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Mend <no-reply@mend.local>"),
    INVITATION_TTL_DAYS: z.coerce
      .number({ error: "must be a number of days" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(60, "must be at most 60")
      .default(7),
    SEED_DEMO_DATA: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (generate one with: openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as in most twelve-factor apps.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Mend cannot start: invalid configuration.\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated settings of this process (read once). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function publicUrl(settings: Env = env()): string {
  return settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`;
}

/** Origins allowed to open a socket: the app's own, plus ALLOWED_ORIGINS. */
export function allowedOrigins(settings: Env = env()): string[] {
  const extra = settings.ALLOWED_ORIGINS.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return [new URL(publicUrl(settings)).origin, ...extra.map((o) => new URL(o).origin)];
}

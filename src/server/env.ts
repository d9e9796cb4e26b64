import { z } from "zod";

/**
 * The environment, validated once. Every other module reads settings from here, never from process.env,
 * so that a missing or malformed variable is reported by name at start-up instead of failing later.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .min(1)
      .refine((url) => /^(file:|postgres:\/\/|postgresql:\/\/)/.test(url), {
        error: "must start with file:, postgres:// or postgresql://",
      })
      .default("file:./data/pathfinder.db"),
    // An empty value counts as unset (e.g. `AUTH_SECRET=` left in a copied .env.example).
    AUTH_SECRET: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().min(32, { error: "must be at least 32 characters (npm start generates one)" }).optional(),
    ),
    /** Trust the first X-Forwarded-For entry as the client's address (only behind a proxy you control). */
    TRUST_PROXY: z
      .enum(["0", "1", "true", "false"])
      .default("0")
      .transform((v) => v === "1" || v === "true"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Where mail goes: smtp://user:pass@host:587 or smtps://…; unset writes .eml files to data/outbox/ instead. */
    SMTP_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().regex(/^smtps?:\/\/\S+$/, { error: "must look like smtp://user:pass@host:587 or smtps://…" }).optional(),
    ),
    /** The From header of every email, e.g. "PM Pathfinder <hello@example.com>". */
    MAIL_FROM: z
      .string()
      .regex(/^[^\r\n]+$/, { error: "must be one line" })
      .default("PM Pathfinder <no-reply@localhost>"),
    /** The public base URL every link in an email starts with; defaults to http://localhost:$PORT. */
    APP_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://pathfinder.example.com" }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production: set it in the environment or run `npm start` once to generate .env",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** The public base URL for links in emails, without a trailing slash. Never the request's Host header. */
export function appUrl(settings: Env = env()): string {
  return (settings.APP_URL ?? `http://localhost:${settings.PORT}`).replace(/\/+$/, "");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

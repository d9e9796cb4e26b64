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
    /**
     * How many reverse proxies of yours stand in front of the app (docs/deploy.md). 0: the client's address
     * is the connection's peer and X-Forwarded-For is ignored; N: the address N hops from the right of
     * X-Forwarded-For (each proxy must append the address it saw).
     */
    TRUST_PROXY: z.coerce
      .number({ error: "must be a whole number of trusted proxy hops (0 = no proxy)" })
      .int({ error: "must be a whole number of trusted proxy hops (0 = no proxy)" })
      .min(0, { error: "must be a whole number of trusted proxy hops (0 = no proxy)" })
      .max(10, { error: "must be at most 10 trusted proxy hops" })
      .default(0),
    /** Shared rate-limit state in Redis (optional), e.g. redis://127.0.0.1:6379. */
    REDIS_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .regex(/^rediss?:\/\//, { error: "must start with redis:// or rediss://" })
        .optional(),
    ),
    /** Server actions one signed-in user may call per minute (benchmarks raise it to measure throughput). */
    ACTIONS_PER_MINUTE: z.coerce
      .number({ error: "must be a whole number of actions per minute" })
      .int({ error: "must be a whole number of actions per minute" })
      .min(1, { error: "must be at least 1" })
      .default(120),
    /** `npm start` applies pending migrations first; 0 when a release step runs `npm run db:deploy` once. */
    MIGRATE_ON_START: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("1"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /**
     * The interface scripts/serve.ts listens on: this machine only by default, so that only a proxy on the same
     * host reaches it; 0.0.0.0 (or ::) to listen on every interface, e.g. inside a container.
     */
    HOST: z.string().trim().min(1, { error: "must name an interface, e.g. 127.0.0.1 or 0.0.0.0" }).default("127.0.0.1"),
    /** Where mail goes: smtp://user:pass@host:587 or smtps://…; unset writes .eml files to data/outbox/ instead. */
    SMTP_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, { error: "must look like smtp://user:pass@host:587 or smtps://…" })
        .optional(),
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

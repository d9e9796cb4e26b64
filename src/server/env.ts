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

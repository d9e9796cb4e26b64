import "../zod-config";
import { z } from "zod";
import { checkboxSchema, emailSchema, newPasswordSchema } from "../account/schemas";

/** Shared by the forms (client-side hints) and the server actions (the real check). */

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** 256 random bits as base64url: exactly 43 characters. Anything else cannot be a token we issued. */
export const emailTokenSchema = z
  .string({ error: "This link is not valid" })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid" });

export const resetPasswordSchema = z.object({ token: emailTokenSchema, newPassword: newPasswordSchema });

export const mailSettingsSchema = z.object({ weeklyDigest: checkboxSchema, reminders: checkboxSchema });

/** The kinds of email a user can switch off (account and security mail cannot be). */
export const OPTIONAL_MAIL_KINDS = ["digest", "reminder"] as const;
export type OptionalMailKind = (typeof OPTIONAL_MAIL_KINDS)[number];

export const MAIL_KIND_LABELS: Record<OptionalMailKind, string> = {
  digest: "the weekly check-in",
  reminder: "reminders about your plan steps",
};

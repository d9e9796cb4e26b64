import "../zod-config";
import { z } from "zod";
import { cleanSingleLine } from "@/domain/text";
import { isTimeZone } from "../time-zone";

/** Shared by the forms (client-side hints) and the server actions (the real check). */
export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "That email address is too long" })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }));

export const nameSchema = z
  .string({ error: "Enter your name" })
  .overwrite(cleanSingleLine)
  .trim()
  .min(1, { error: "Enter your name" })
  .max(100, { error: "Use at most 100 characters" });

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters` });

/** A checkbox: "on" when ticked, absent when not (JSON callers may send a boolean). */
export const checkboxSchema = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()], { error: "Choose on or off" })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  /** Opt-in to the weekly check-in email. */
  weeklyDigest: checkboxSchema,
  callbackUrl: z.string().optional(),
});

export const signInSchema = z.object({
  email: emailSchema,
  // Length is not checked at sign-in: the message must not hint at the policy or the account.
  password: z.string({ error: "Enter your password" }).min(1, { error: "Enter your password" }).max(1024),
  callbackUrl: z.string().optional(),
});

/** Stands in for the site's own origin: the check needs one, and no request may choose it. */
const SITE = "https://pathfinder.invalid";

/**
 * Only same-site paths may be redirect targets after sign-in (no open redirects). The value is resolved
 * the way a browser would (tabs and newlines dropped, backslashes read as slashes, `%2F` left encoded), and
 * kept only when it stays on the site's origin; what comes back is the normalised path, never the raw input,
 * and never "//…" (which a browser would read as another host).
 */
export function safeCallbackPath(raw: string | string[] | undefined | null, fallback = "/dashboard"): string {
  // A repeated query parameter (?callbackUrl=a&callbackUrl=b) arrives as a list: neither one is trusted.
  if (typeof raw !== "string" || !raw.startsWith("/")) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(raw, SITE);
  } catch {
    return fallback;
  }
  if (resolved.origin !== SITE) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/** Inputs of the settings forms: shared by the forms (client-side hints) and the account actions. */

/** The current password, re-asked before sensitive changes. Length is not checked: it must not hint at the policy. */
export const currentPasswordSchema = z
  .string({ error: "Enter your current password" })
  .min(1, { error: "Enter your current password" })
  .max(1024, { error: "That isn't your current password" });

export const changeNameSchema = z.object({ name: nameSchema });

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });

/** An optional checkbox: "on" from a form, or a boolean from code. */
const checkbox = z
  .union([z.literal("on"), z.boolean()], { error: "Tick the box or leave it empty" })
  .optional()
  .transform((value) => value === "on" || value === true);

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
  /** Also revoke every share link: someone who knew the old password may have made one. */
  revokeShareLinks: checkbox,
});

export const signOutEverywhereSchema = z.object({ revokeShareLinks: checkbox });

/** Typed by hand before an account is deleted, so it never happens by a stray click. */
export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordSchema,
  confirmation: z
    .string({ error: `Type "${DELETE_CONFIRMATION}" to confirm` })
    .refine((value) => value === DELETE_CONFIRMATION, { error: `Type "${DELETE_CONFIRMATION}" exactly to confirm` }),
});

/** Forms without fields (sign out everywhere): anything Next adds to the form data is ignored. */
export const noInputSchema = z.object({});

/** An IANA time-zone name the runtime knows ("Europe/Paris"); set by the browser on first visit or in settings. */
export const setTimeZoneSchema = z.object({
  timeZone: z.string({ error: "Choose a time zone" }).trim().refine(isTimeZone, { error: "Choose a time zone from the list" }),
});

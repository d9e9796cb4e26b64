import "../zod-config";
import { z } from "zod";
import { isTimeZone } from "../time-zone";
import { emailSchema, nameSchema, newPasswordSchema } from "./schemas";

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

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Forms without fields (sign out everywhere): anything Next adds to the form data is ignored. */
export const noInputSchema = z.object({});

/** An IANA time-zone name the runtime knows ("Europe/Paris"); set by the browser on first visit or in settings. */
export const setTimeZoneSchema = z.object({
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .refine(isTimeZone, { error: "Choose a time zone from the list" }),
});

/**
 * Read-only links to a plan, for a mentor: lifetimes, status and the inputs of the share actions.
 * Pure: the current time is always passed in.
 */
import "../zod-config";
import { z } from "zod";
import { cleanSingleLine } from "@/domain/text";
import { checkboxSchema } from "./schemas";

import { DAY_MS } from "@/domain/duration";

export const SHARE_EXPIRY_OPTIONS = [
  { value: "7", label: "7 days", days: 7 },
  { value: "30", label: "30 days", days: 30 },
  { value: "90", label: "90 days", days: 90 },
  { value: "never", label: "Never (until you revoke it)", days: null },
] as const;

export type ShareExpiry = (typeof SHARE_EXPIRY_OPTIONS)[number]["value"];

const EXPIRY_VALUES = SHARE_EXPIRY_OPTIONS.map((option) => option.value) as [ShareExpiry, ...ShareExpiry[]];

/** At most this many links that still work; revoked and expired ones don't count. */
export const MAX_ACTIVE_SHARE_LINKS = 20;

/** A token is 32 random bytes in base64url: 43 characters. Anything else cannot be one of ours. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const createShareLinkSchema = z.object({
  label: z
    .string({ error: "The label must be text" })
    .overwrite(cleanSingleLine)
    .trim()
    .max(60, { error: "Keep the label to 60 characters or fewer" })
    .default(""),
  expiresIn: z.enum(EXPIRY_VALUES, { error: "Choose when the link stops working" }),
  // Off unless the owner ticks them: counts only, and story titles; never people, notes or other free text.
  includeApplications: checkboxSchema,
  includePractice: checkboxSchema,
  includeStoryTitles: checkboxSchema,
});

/** What a link shows besides the plan, as the owner chose when creating it. */
export const SHARE_LINK_OPTIONS = [
  { name: "includeApplications", label: "Application counts", hint: "How many applications are at each stage. No companies or roles." },
  { name: "includePractice", label: "Practice counts", hint: "How many practice sessions of each type. No scores or notes." },
  { name: "includeStoryTitles", label: "Story titles", hint: "The titles of your interview stories, not the stories themselves." },
] as const;

export const revokeShareLinkSchema = z.object({
  linkId: z.string({ error: "Missing link" }).trim().min(1, { error: "Missing link" }).max(64, { error: "Unknown link" }),
});

/** When a link created at `now` with this option stops working; null for never. */
export function shareLinkExpiry(now: Date, option: ShareExpiry): Date | null {
  const days = SHARE_EXPIRY_OPTIONS.find((o) => o.value === option)?.days ?? null;
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}

export type ShareLinkStatus = "active" | "expired" | "revoked";

export const SHARE_LINK_STATUS_LABELS: Readonly<Record<ShareLinkStatus, string>> = {
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
};

/** Revoked wins over expired: it is what the owner did, and the more useful thing to show. */
export function shareLinkStatus(link: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** "Ada" from "Ada Lovelace": the shared page shows no more of the owner than this. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] || "Someone";
}

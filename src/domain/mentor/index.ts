/**
 * A mentor's view and calibration: a mentor with a share link rates the owner's skill areas blind (without
 * seeing the self-rating), and the owner compares both. Pure: no clock, no database.
 */
import "../zod-config";
import { z } from "zod";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { SHARE_TOKEN_PATTERN } from "@/domain/account/share-links";
import { multiLineText, singleLineText } from "@/domain/text";

/** A gap this wide between a mentor's rating and the self-rating is worth a conversation. */
export const WORTH_TALKING_GAP = 2;

/** Ratings one link accepts in all: a leaked link cannot fill the owner's page (or the database). */
export const MAX_RATINGS_PER_LINK = 20;
export const MENTOR_NAME_MAX = 60;
export const MENTOR_NOTE_MAX = 1_000;

export const MENTOR_RATINGS_FULL_MESSAGE = `This link has already received ${MAX_RATINGS_PER_LINK} ratings, the most it takes. Ask for a new link if you want to add yours.`;

const rating = z
  .number({ error: "Rate from 1 to 5" })
  .int({ error: "Rate from 1 to 5" })
  .min(1, { error: "Rate from 1 to 5" })
  .max(5, { error: "Rate from 1 to 5" });

/**
 * What a mentor submits. Every area is optional (a mentor may not have seen someone's data work), but at
 * least one must be rated. The token is checked against the database by the action, like on the page.
 */
export const mentorRatingSchema = z.strictObject({
  token: z.string({ error: "Missing link" }).regex(SHARE_TOKEN_PATTERN, { error: "This link doesn't work" }),
  ratings: z
    .partialRecord(z.enum(SKILL_AREAS, { error: "Unknown skill area" }), rating, { error: "Rate at least one area" })
    .refine((ratings) => Object.keys(ratings).length > 0, { error: "Rate at least one area" }),
  mentorName: singleLineText("Your name", MENTOR_NAME_MAX).default(""),
  note: multiLineText("The note", MENTOR_NOTE_MAX).default(""),
});

export type Ratings = Partial<Record<SkillArea, number>>;

export interface ComparisonRow {
  area: SkillArea;
  /** The owner's latest self-rating; null when there is no assessment. */
  self: number | null;
  /** The mentor's rating; null when the mentor left the area out. */
  mentor: number | null;
  /** mentor − self, when both exist. */
  difference: number | null;
  worthTalking: boolean;
}

/** Whether two ratings are far enough apart to talk about (|a − b| ≥ 2). */
export function differsEnough(self: number, mentor: number): boolean {
  return Math.abs(mentor - self) >= WORTH_TALKING_GAP;
}

/** One row per skill area, in the model's order: self-rating, mentor's rating, and whether they differ by 2 or more. */
export function compareRatings(self: Ratings | null, mentor: Ratings): ComparisonRow[] {
  return SKILL_AREAS.map((area) => {
    const own = self?.[area] ?? null;
    const theirs = mentor[area] ?? null;
    const difference = own !== null && theirs !== null ? theirs - own : null;
    return { area, self: own, mentor: theirs, difference, worthTalking: own !== null && theirs !== null && differsEnough(own, theirs) };
  });
}

/** How many areas of one comparison are worth talking about. */
export function worthTalkingCount(rows: readonly ComparisonRow[]): number {
  return rows.filter((row) => row.worthTalking).length;
}

/** "Rated higher than you by 2", "Rated lower than you by 3", "Same as you", for a screen reader and for print. */
export function differenceText(row: ComparisonRow): string {
  if (row.difference === null) return row.mentor === null ? "Not rated" : "No self-rating to compare";
  if (row.difference === 0) return "Same as you";
  const by = Math.abs(row.difference);
  return row.difference > 0 ? `${by} higher than you` : `${by} lower than you`;
}

/** "I've seen my mentors' feedback": the ratings newer than `seenUpTo` stop being new. */
export const feedbackSeenSchema = z.strictObject({
  seenUpTo: z.iso.datetime({ error: "Missing the time of the newest feedback seen" }),
});

export const mentorRatingRefSchema = z.strictObject({
  ratingId: z.string({ error: "Missing rating" }).trim().min(1, { error: "Missing rating" }).max(64, { error: "Unknown rating" }),
});

/**
 * Mock interviews with a partner who has no account: the link's lifetime, what the owner and the partner
 * submit, and how the partner's scores compare with the self-scores. Pure: the current time is passed in.
 */
import "../zod-config";
import { z } from "zod";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { SHARE_TOKEN_PATTERN } from "@/domain/account/share-links";
import { MENTOR_NAME_MAX, MENTOR_NOTE_MAX, WORTH_TALKING_GAP } from "@/domain/mentor";
import { singleLineText, multiLineText } from "@/domain/text";
import { questionById } from "./bank";

/** A mock link works for 7 days: 168 hours from its creation, whatever the clocks do meanwhile. */
export const MOCK_LINK_HOURS = 168;
/** One question, or a set of three. */
export const MOCK_QUESTION_COUNTS = [1, 3] as const;
/** Working mock links one person may have at once (revoked and expired ones don't count). */
export const MAX_ACTIVE_MOCK_LINKS = 20;
/** The same limits as a mentor's rating: a name and a note. */
export const PARTNER_NAME_MAX = MENTOR_NAME_MAX;
export const PARTNER_NOTE_MAX = MENTOR_NOTE_MAX;

export const ALREADY_SCORED_MESSAGE = "This question has already been scored through this link.";

export function mockLinkExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + MOCK_LINK_HOURS * 60 * 60 * 1000);
}

const questionIdField = z
  .string({ error: "Choose a question" })
  .trim()
  .refine((id) => questionById(id) !== undefined, { error: "Unknown question" });

export const createMockLinkSchema = z.strictObject({
  questionIds: z
    .array(questionIdField, { error: "Choose one question or three" })
    .refine((ids) => (MOCK_QUESTION_COUNTS as readonly number[]).includes(ids.length), { error: "Choose one question or three" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each question once" }),
  label: singleLineText("Who it is for", 60).default(""),
});

export const mockLinkRefSchema = z.strictObject({
  linkId: z.string({ error: "Missing link" }).trim().min(1, { error: "Missing link" }).max(64, { error: "Unknown link" }),
});

const score = z
  .number({ error: "Score from 1 to 5" })
  .int({ error: "Score from 1 to 5" })
  .min(1, { error: "Score from 1 to 5" })
  .max(5, { error: "Score from 1 to 5" });

/** What the partner submits for one question: scores on (some of) the areas it tests, a name and a note. */
export const partnerScoreSchema = z
  .strictObject({
    token: z.string({ error: "Missing link" }).regex(SHARE_TOKEN_PATTERN, { error: "This link doesn't work" }),
    questionId: questionIdField,
    scores: z
      .partialRecord(z.enum(SKILL_AREAS, { error: "Unknown skill area" }), score, { error: "Score at least one area" })
      .refine((scores) => Object.keys(scores).length > 0, { error: "Score at least one area" }),
    partnerName: singleLineText("Your name", PARTNER_NAME_MAX).default(""),
    note: multiLineText("The note", PARTNER_NOTE_MAX).default(""),
  })
  .superRefine((input, ctx) => {
    const tested = questionById(input.questionId)?.areas ?? [];
    for (const area of Object.keys(input.scores))
      if (!(tested as readonly string[]).includes(area))
        ctx.addIssue({ code: "custom", path: ["scores", area], message: "This question doesn't test this area" });
  });

export type AreaScores = Partial<Record<SkillArea, number>>;

export interface ScoreGap {
  area: SkillArea;
  self: number | null;
  partner: number | null;
  /** partner − self, when both exist. */
  difference: number | null;
  /** |difference| ≥ 2, as the mentor view marks it. */
  marked: boolean;
}

/** The partner's scores beside the self-scores, area by area (the question's areas, in its order). */
export function scoreGaps(areas: readonly SkillArea[], self: AreaScores, partner: AreaScores): ScoreGap[] {
  return areas.map((area) => {
    const own = self[area] ?? null;
    const theirs = partner[area] ?? null;
    const difference = own !== null && theirs !== null ? theirs - own : null;
    return { area, self: own, partner: theirs, difference, marked: difference !== null && Math.abs(difference) >= WORTH_TALKING_GAP };
  });
}

export interface ScoredMock {
  /** The session's self-scores; an area left out falls back to the latest self-rating. */
  self: AreaScores;
  partner: AreaScores;
}

export interface MockDisagreement {
  area: SkillArea;
  /** Partners scored the person higher (or lower) than the person did. */
  direction: "higher" | "lower";
  mocks: number;
}

/**
 * Areas where partners and the person differ by 2 or more, in the same direction, over at least two mocks
 * (the mocks given are the ones since the last assessment). `selfRating` fills in an area the person did not
 * self-score in that session.
 */
export function mockDisagreements(mocks: readonly ScoredMock[], selfRating: AreaScores | null): MockDisagreement[] {
  const out: MockDisagreement[] = [];
  for (const area of SKILL_AREAS) {
    let higher = 0;
    let lower = 0;
    for (const mock of mocks) {
      const partner = mock.partner[area];
      const self = mock.self[area] ?? selfRating?.[area];
      if (partner === undefined || self === undefined) continue;
      if (partner - self >= WORTH_TALKING_GAP) higher++;
      if (self - partner >= WORTH_TALKING_GAP) lower++;
    }
    if (higher >= 2) out.push({ area, direction: "higher", mocks: higher });
    if (lower >= 2) out.push({ area, direction: "lower", mocks: lower });
  }
  return out;
}

import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";

/** Mock interviews and practice sessions: their types, which skill areas each tests, with whom, the limits. */

export const PRACTICE_TYPES = ["product_sense", "execution", "strategy", "behavioural", "technical", "estimation", "analytical"] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

export const PRACTICE_TYPE_LABELS: Readonly<Record<PracticeType, string>> = {
  product_sense: "Product sense",
  execution: "Execution / metrics",
  strategy: "Strategy",
  behavioural: "Behavioural",
  technical: "Technical",
  estimation: "Estimation",
  analytical: "Analytical",
};

/** The skill areas each type of interview tests: the ones a session of that type is scored on. */
export const AREAS_TESTED: Readonly<Record<PracticeType, readonly SkillArea[]>> = {
  product_sense: ["customer_insight", "strategy"],
  execution: ["execution", "data"],
  strategy: ["strategy", "business"],
  behavioural: ["communication", "leadership"],
  technical: ["technical"],
  estimation: ["data", "business"],
  analytical: ["data", "technical"],
};

export const WITH_WHOM = ["peer", "coach", "self", "platform"] as const;
export type WithWhom = (typeof WITH_WHOM)[number];

export const WITH_WHOM_LABELS: Readonly<Record<WithWhom, string>> = {
  peer: "A peer",
  coach: "A coach",
  self: "On my own",
  platform: "A practice platform",
};

export const MAX_PRACTICE_SESSIONS = 1_000;
export const PRACTICE_LIMIT_MESSAGE = `You can log up to ${MAX_PRACTICE_SESSIONS.toLocaleString("en")} practice sessions. Delete old ones to add more.`;

export function isPracticeType(value: string): value is PracticeType {
  return (PRACTICE_TYPES as readonly string[]).includes(value);
}
export function isWithWhom(value: string): value is WithWhom {
  return (WITH_WHOM as readonly string[]).includes(value);
}
export function isSkillArea(value: string): value is SkillArea {
  return (SKILL_AREAS as readonly string[]).includes(value);
}

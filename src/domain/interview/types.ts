import type { SkillArea } from "@/domain/assessment/schemas";
import type { PracticeType } from "@/domain/practice/model";

/** A question's type is a practice type: logging a question lands in the practice log under it. */
export type QuestionType = PracticeType;

export const DIFFICULTIES = ["entry", "mid"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Readonly<Record<Difficulty, string>> = { entry: "Entry", mid: "Mid" };

/** Themes of behavioural questions; a story may carry several (StoryTheme). */
export const THEMES = [
  "conflict",
  "failure",
  "influence",
  "prioritisation",
  "data_decision",
  "customer_focus",
  "leading_team",
  "ambiguity",
  "why_pm",
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  conflict: "Conflict",
  failure: "Failure",
  influence: "Influence without authority",
  prioritisation: "Prioritisation",
  data_decision: "A data-driven decision",
  customer_focus: "Customer focus",
  leading_team: "Leading a team",
  ambiguity: "Ambiguity",
  why_pm: "Why PM (a career-change story)",
};

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

export interface Question {
  /** Stable and never reused: practice sessions and mock links refer to it. */
  id: string;
  text: string;
  type: QuestionType;
  /** The skill areas an answer shows; a practice of it is self-scored on exactly these. */
  areas: readonly SkillArea[];
  difficulty: Difficulty;
  /** Behavioural questions only. */
  theme?: Theme;
}

export interface Framework {
  type: QuestionType;
  /** The usual length of an answer in an interview: the practice timer's starting value. */
  minutes: number;
  steps: readonly string[];
  traps: readonly string[];
  /** What a strong answer shows: the partner reads this before scoring. */
  strongAnswer: readonly string[];
}

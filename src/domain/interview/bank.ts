import type { SkillArea } from "@/domain/assessment/schemas";
import { ANALYTICAL } from "./questions/analytical";
import { BEHAVIOURAL } from "./questions/behavioural";
import { ESTIMATION } from "./questions/estimation";
import { EXECUTION } from "./questions/execution";
import { PRODUCT_SENSE } from "./questions/product-sense";
import { STRATEGY } from "./questions/strategy";
import { TECHNICAL } from "./questions/technical";
import type { Difficulty, Question, QuestionType, Theme } from "./types";

/** The whole bank, in our own words (docs/interview.md). Ids are stable and never reused. */
export const QUESTIONS: readonly Question[] = [
  ...PRODUCT_SENSE,
  ...EXECUTION,
  ...ESTIMATION,
  ...STRATEGY,
  ...BEHAVIOURAL,
  ...TECHNICAL,
  ...ANALYTICAL,
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

export interface QuestionFilter {
  type?: QuestionType;
  area?: SkillArea;
  difficulty?: Difficulty;
  theme?: Theme;
}

/** The questions matching every filter given, in the bank's order. */
export function filterQuestions(filter: QuestionFilter, questions: readonly Question[] = QUESTIONS): Question[] {
  return questions.filter(
    (q) =>
      (!filter.type || q.type === filter.type) &&
      (!filter.area || q.areas.includes(filter.area)) &&
      (!filter.difficulty || q.difficulty === filter.difficulty) &&
      (!filter.theme || q.theme === filter.theme),
  );
}

/** Lower case, letters and digits only, single spaces: two questions that differ only in punctuation are the same. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function trigrams(text: string): Set<string> {
  const words = normaliseText(text).split(" ");
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

/**
 * Word-trigram Jaccard similarity (0 to 1); texts under three words compare by their normalised text.
 * @internal Read by the bank's tests only (knip --production skips @internal exports).
 */
export function trigramSimilarity(a: string, b: string): number {
  const [x, y] = [trigrams(a), trigrams(b)];
  if (x.size === 0 || y.size === 0) return normaliseText(a) === normaliseText(b) ? 1 : 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * Questions this similar are near-duplicates: the bank's test keeps every pair below it.
 * @internal Read by the bank's tests only.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

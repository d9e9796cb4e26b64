import type { SkillArea } from "@/domain/assessment/schemas";
import type { Difficulty, Question, QuestionType, Theme } from "../types";

/** One question as written in the bank: id, difficulty, text, and the areas when not the type's usual ones. */
export type Row = readonly [id: string, difficulty: Difficulty, text: string, areas?: readonly SkillArea[]];

export function questionsOf(type: QuestionType, usualAreas: readonly SkillArea[], rows: readonly Row[], theme?: Theme): Question[] {
  return rows.map(([id, difficulty, text, areas]) => ({
    id,
    text,
    type,
    areas: areas ?? usualAreas,
    difficulty,
    ...(theme ? { theme } : {}),
  }));
}

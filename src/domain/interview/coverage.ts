import type { SkillArea } from "@/domain/assessment/schemas";
import { THEMES, type Question, type Theme } from "./types";

/**
 * How the story bank meets the question bank. Exponent advises preparing 5–10 strong stories that between them
 * cover the behavioural themes (https://www.tryexponent.com/blog/prepare-product-management-behavioral-interviews).
 */
export const STORY_BANK_ADVICE = { min: 5, max: 10 } as const;

export interface StoryTags {
  id: string;
  title: string;
  areas: readonly SkillArea[];
  themes: readonly Theme[];
}

export type Coverage = "none" | "one" | "covered";

export interface ThemeCoverage {
  theme: Theme;
  stories: { id: string; title: string }[];
  coverage: Coverage;
}

/** One row per theme: the stories tagged with it; "none" and "one" are the gaps the matrix flags. */
export function themeCoverage(stories: readonly StoryTags[]): ThemeCoverage[] {
  return THEMES.map((theme) => {
    const tagged = stories.filter((s) => s.themes.includes(theme)).map(({ id, title }) => ({ id, title }));
    return { theme, stories: tagged, coverage: tagged.length === 0 ? "none" : tagged.length === 1 ? "one" : "covered" };
  });
}

/**
 * "Your stories that answer this": stories tagged with the question's theme first, then those proving at least
 * one of the areas it tests, more shared areas first; at most `limit`.
 */
export function storiesForQuestion<S extends StoryTags>(question: Question, stories: readonly S[], limit = 5): S[] {
  const rank = (story: S) =>
    (question.theme && story.themes.includes(question.theme) ? 10 : 0) + story.areas.filter((a) => question.areas.includes(a)).length;
  return stories
    .map((story, index) => ({ story, index, score: rank(story) }))
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((row) => row.story);
}

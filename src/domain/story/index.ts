import "../zod-config";
import { z } from "zod";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { SKILL_MODEL } from "@/domain/assessment/skills";
import { recordId, versionField } from "../application/schemas";
import { THEMES } from "../interview/types";
import { escapeMarkdown } from "../text";
import { multiLineText, singleLineText } from "../text";

/** STAR stories: situation, task, action, result; tagged with the skill areas they prove. */

export const MAX_STORIES = 500;
export const STORY_LIMIT_MESSAGE = `You can keep up to ${MAX_STORIES} stories. Delete ones you no longer tell to add more.`;
export const STAR_MAX = 2_000;

const optionalRef = (what: string) =>
  z
    .string({ error: `Unknown ${what}` })
    .trim()
    .max(64, { error: `Unknown ${what}` })
    .optional()
    .transform((value) => value || null);

const storyFields = {
  title: singleLineText("Title", 120, { required: true }),
  situation: multiLineText("Situation", STAR_MAX).default(""),
  task: multiLineText("Task", STAR_MAX).default(""),
  action: multiLineText("Action", STAR_MAX).default(""),
  result: multiLineText("Result", STAR_MAX).default(""),
  areas: z
    .array(z.enum(SKILL_AREAS, { error: "Unknown skill area" }), { error: "Tag at least one skill area this story proves" })
    .min(1, { error: "Tag at least one skill area this story proves" })
    .max(SKILL_AREAS.length, { error: "Each skill area once" })
    .refine((areas) => new Set(areas).size === areas.length, { error: "Each skill area once" }),
  /** The behavioural themes it answers ("conflict", "why PM"): how it meets the interview bank. */
  themes: z
    .array(z.enum(THEMES, { error: "Unknown theme" }), { error: "Unknown theme" })
    .max(THEMES.length, { error: "Each theme once" })
    .refine((themes) => new Set(themes).size === themes.length, { error: "Each theme once" })
    .default([]),
  /** The application where the story was used. */
  applicationId: optionalRef("application"),
  /** The practice session (mock interview) where it was used. */
  practiceSessionId: optionalRef("practice session"),
};

export const createStorySchema = z.strictObject(storyFields);
export const updateStorySchema = z.strictObject({ storyId: recordId("story"), version: versionField, ...storyFields });
export const storyRefSchema = z.strictObject({ storyId: recordId("story") });

/** Gap areas with no story yet, in the order the gaps were given ("no story yet for data & analytics"). */
export function storyGaps(gaps: readonly SkillArea[], stories: readonly { areas: readonly SkillArea[] }[]): SkillArea[] {
  const covered = new Set(stories.flatMap((s) => s.areas));
  return gaps.filter((area) => !covered.has(area));
}

export function storyGapMessage(area: SkillArea): string {
  return `No story yet for ${SKILL_MODEL[area].label.toLowerCase()}`;
}

export interface MarkdownStory {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  areas: readonly SkillArea[];
}

/** The story bank as a Markdown appendix (appended to the plan export); empty string without stories. */
export function storiesToMarkdown(stories: readonly MarkdownStory[]): string {
  if (stories.length === 0) return "";
  const lines = ["", "## Appendix: story bank", ""];
  for (const story of stories) {
    lines.push(`### ${escapeMarkdown(story.title)}`, "", `*Proves:* ${story.areas.map((a) => SKILL_MODEL[a].label).join(", ")}`, "");
    for (const [label, text] of [
      ["Situation", story.situation],
      ["Task", story.task],
      ["Action", story.action],
      ["Result", story.result],
    ] as const) {
      if (text.trim()) lines.push(`**${label}:** ${text.split("\n").map(escapeMarkdown).join("  \n")}`, "");
    }
  }
  return `${lines.join("\n")}\n`;
}

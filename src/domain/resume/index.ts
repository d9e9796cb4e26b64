import "../zod-config";
import { z } from "zod";
import { recordId, versionField } from "../application/schemas";
import type { SkillArea } from "../assessment/schemas";
import { SKILL_MODEL } from "../assessment/skills";
import type { JobAnalysis, Requirement } from "../job-description/analyze";
import { keywordsNotMentioned } from "../job-description/coverage";
import { escapeMarkdown } from "../text";
import { singleLineText } from "../text";

/**
 * Evidence-bound resume bullets: built only from what the person wrote in a STAR story, reordered and
 * trimmed by templates, never added to. A story with no number gets the flag "add a metric", never a made-up
 * one. docs/decisions/0024-job-description-lexicon-and-bullets.md explains the templates.
 */

export const BULLET_MAX = 400;
export const MAX_BULLETS = 30;
export const ADD_A_METRIC = "Add a metric: how many, how much, how often or how fast?";

export interface BulletStory {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  areas: readonly SkillArea[];
}

export interface Bullet {
  storyId: string | null;
  text: string;
  areas: SkillArea[];
  /** False when the bullet has no number in it: the screen asks the person to add one. */
  hasMetric: boolean;
}

/** The lead verb a bullet opens with when the story's own action does not start with one, per main area. */
const AREA_VERBS: Readonly<Record<SkillArea, string>> = {
  strategy: "Set the direction for",
  customer_insight: "Found out what users needed in",
  data: "Used data to decide",
  technical: "Worked through the technical side of",
  execution: "Delivered",
  communication: "Aligned stakeholders on",
  leadership: "Led",
  business: "Made the business case for",
};

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|double[ds]?|tripled?|half|halved|quarter)\b/i;

/** "Has a number": digits, a percent sign, a currency symbol or a number word. */
export function hasNumber(text: string): boolean {
  return /\d|%|[$€£¥₹]/.test(text) || NUMBER_WORDS.test(text);
}

function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const match = /^(.+?[.!?])(\s|$)/.exec(trimmed);
  return (match ? match[1]! : trimmed).replace(/[.!?]+$/, "");
}

/** "I grouped the tickets" → "Grouped the tickets": a resume bullet has no subject. */
function withoutSubject(clause: string): string {
  return clause.replace(/^(i|we|my team and i|together with [^,]+, i)\s+/i, "");
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** A past-tense verb first ("Grouped", "Ran", "Led") reads as a bullet already. */
function startsWithVerb(clause: string): boolean {
  return (
    /^[A-Za-z]+ed\b/.test(clause) ||
    /^(ran|led|built|wrote|made|took|won|set|cut|grew|drove|gave|got|found|sold|taught|began|chose|shipped)\b/i.test(clause)
  );
}

/**
 * One bullet from one story: the action (what the person did), the task it served, and the result in their
 * own words. Missing parts are left out, not filled in.
 */
export function bulletFromStory(story: BulletStory): Bullet {
  const area = story.areas[0] ?? "execution";
  const action = withoutSubject(firstSentence(story.action));
  const task = withoutSubject(firstSentence(story.task)).replace(/^(to|my task was to|i had to|i needed to)\s+/i, "");
  const result = withoutSubject(firstSentence(story.result));
  let lead: string;
  if (action) lead = startsWithVerb(action) ? capitalise(action) : `${AREA_VERBS[area]} ${lowerFirst(action)}`;
  else lead = `${AREA_VERBS[area]} ${lowerFirst(story.title.trim())}`;
  const parts = [lead];
  if (task && action) parts.push(`to ${lowerFirst(task)}`);
  let text = parts.join(" ");
  if (result) text += `, ${/^(resulting|which|so|and)\b/i.test(result) ? lowerFirst(result) : `resulting in: ${lowerFirst(result)}`}`;
  text = text.length > BULLET_MAX ? `${text.slice(0, BULLET_MAX - 1).trimEnd()}…` : text;
  return { storyId: story.id, text, areas: [...story.areas], hasMetric: hasNumber(text) };
}

export interface TailoredBullet extends Bullet {
  /** The requirement of the job this bullet answers best, or null. */
  answers: string | null;
  score: number;
}

export interface Tailoring {
  bullets: TailoredBullet[];
  /** Must-haves (with skill areas) that no bullet speaks to. */
  uncoveredMustHaves: string[];
}

function sharesArea(requirement: Requirement, areas: readonly SkillArea[]): boolean {
  return requirement.areas.some((area) => areas.includes(area));
}

/** Orders the bullets by how much of the job they speak to (area weights, then keywords they mention). */
export function tailorBullets(bullets: readonly Bullet[], analysis: JobAnalysis): Tailoring {
  const scored = bullets.map((bullet, index) => {
    const areaScore = bullet.areas.reduce((sum, area) => sum + analysis.areaWeights[area], 0);
    const mentioned = analysis.keywords.length - keywordsNotMentioned(analysis.keywords, [bullet.text]).length;
    const candidates = analysis.requirements.filter((r) => sharesArea(r, bullet.areas));
    const best = candidates.find((r) => r.mustHave) ?? candidates[0] ?? null;
    return { ...bullet, answers: best?.text ?? null, score: areaScore + 0.05 * mentioned, index };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const uncoveredMustHaves = analysis.requirements
    .filter((r) => r.mustHave && r.areas.length > 0 && !bullets.some((b) => sharesArea(r, b.areas)))
    .map((r) => r.text);
  return { bullets: scored.map(({ index: _index, ...bullet }) => bullet), uncoveredMustHaves };
}

export function bulletsToPlainText(bullets: readonly Pick<Bullet, "text">[]): string {
  return bullets.map((b) => `• ${b.text}`).join("\n");
}

export interface CoverLetterInput {
  company: string;
  roleTitle: string;
  whyCompany: string;
  topAreas: readonly SkillArea[];
  stories: readonly Pick<BulletStory, "title" | "areas">[];
}

/** Up to three stories, one per top area of the job where one exists, in the job's order. */
export function storiesForTopAreas<T extends Pick<BulletStory, "areas">>(stories: readonly T[], topAreas: readonly SkillArea[]): T[] {
  const picked: T[] = [];
  for (const area of topAreas) {
    if (picked.length === 3) break;
    const story = stories.find((s) => s.areas.includes(area) && !picked.includes(s));
    if (story) picked.push(story);
  }
  return picked;
}

/** The tailored bullets and a cover-letter outline, as Markdown: only the person's own words and headings. */
export function tailoredMarkdown(bullets: readonly Pick<Bullet, "text">[], letter: CoverLetterInput): string {
  const lines = [`# ${escapeMarkdown(letter.roleTitle)} at ${escapeMarkdown(letter.company)}`, "", "## Resume bullets", ""];
  for (const bullet of bullets) lines.push(`- ${escapeMarkdown(bullet.text)}`);
  if (bullets.length === 0) lines.push("_No bullets yet: write a STAR story first._");
  lines.push("", "## Cover letter outline", "", "### Why product", "", "_In your own words: what draws you to product management._", "");
  lines.push(
    "### Why this company",
    "",
    letter.whyCompany.trim() ? escapeMarkdown(letter.whyCompany.trim()) : "_Add your own note on the application page._",
    "",
  );
  lines.push("### Three stories for what the job asks most", "");
  const picked = storiesForTopAreas(letter.stories, letter.topAreas);
  if (picked.length === 0) lines.push("_No story matches the job's top areas yet._");
  for (const story of picked) {
    const area = letter.topAreas.find((a) => story.areas.includes(a))!;
    lines.push(`- ${escapeMarkdown(story.title)} (${SKILL_MODEL[area].label})`);
  }
  return `${lines.join("\n")}\n`;
}

export const saveBulletsSchema = z.strictObject({
  applicationId: recordId("application"),
  bulletsVersion: versionField,
  bullets: z
    .array(
      z.strictObject({
        storyId: z
          .string({ error: "Unknown story" })
          .trim()
          .max(64, { error: "Unknown story" })
          .nullish()
          .transform((value) => value || null),
        text: singleLineText("Bullet", BULLET_MAX, { required: true }),
      }),
      { error: "Bullets must be a list" },
    )
    .max(MAX_BULLETS, { error: `Keep up to ${MAX_BULLETS} bullets` }),
});

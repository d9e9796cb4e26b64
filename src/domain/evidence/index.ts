import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";

/**
 * What the user logged for each skill area since their last assessment, shown beside each rating when they
 * re-assess (docs/scoring.md, "Evidence"). It never changes the score: the assessment contract's inputs stay
 * as they are; evidence informs the person's own rating, and a high rating without any gets a gentle prompt.
 */

export type EvidenceItem =
  | { kind: "story"; title: string }
  | { kind: "practice"; label: string; score: number; heldOn: string }
  | { kind: "plan_step"; title: string }
  | { kind: "side_project"; title: string };

export interface EvidenceSources {
  stories: readonly { title: string; areas: readonly SkillArea[] }[];
  practice: readonly { label: string; heldOn: string; scores: Partial<Record<SkillArea, number>> }[];
  /** Plan steps marked done, with the skill area they close (if any) and their template key. */
  doneSteps: readonly { title: string; skillArea: string | null; templateKey: string | null }[];
}

/** A side project shows product work end to end: it counts as evidence for these areas. */
export const SIDE_PROJECT_AREAS: readonly SkillArea[] = ["execution", "strategy"];
const isSideProject = (key: string | null) => key !== null && key.startsWith("experience.side_project");

export type EvidenceByArea = Record<SkillArea, EvidenceItem[]>;

export function evidenceByArea(sources: EvidenceSources): EvidenceByArea {
  const byArea = Object.fromEntries(SKILL_AREAS.map((area) => [area, [] as EvidenceItem[]])) as EvidenceByArea;
  for (const story of sources.stories) for (const area of story.areas) byArea[area].push({ kind: "story", title: story.title });
  for (const session of sources.practice) {
    for (const [area, score] of Object.entries(session.scores) as [SkillArea, number][]) {
      byArea[area].push({ kind: "practice", label: session.label, score, heldOn: session.heldOn });
    }
  }
  for (const step of sources.doneSteps) {
    if (step.skillArea && (SKILL_AREAS as readonly string[]).includes(step.skillArea)) {
      byArea[step.skillArea as SkillArea].push({ kind: "plan_step", title: step.title });
    }
    if (isSideProject(step.templateKey))
      for (const area of SIDE_PROJECT_AREAS) byArea[area].push({ kind: "side_project", title: step.title });
  }
  return byArea;
}

/** Ratings of 4 or 5 claim PM-level work: without any logged evidence we gently ask for an example. */
export const EVIDENCE_PROMPT_LEVEL = 4;

export function needsEvidencePrompt(rating: number | undefined, items: readonly EvidenceItem[]): boolean {
  return rating !== undefined && rating >= EVIDENCE_PROMPT_LEVEL && items.length === 0;
}

export function describeEvidence(item: EvidenceItem): string {
  switch (item.kind) {
    case "story":
      return `Story: ${item.title}`;
    case "practice":
      return `Practice: ${item.label}, scored ${item.score}/5`;
    case "plan_step":
      return `Plan step done: ${item.title}`;
    case "side_project":
      return `Side project: ${item.title}`;
  }
}

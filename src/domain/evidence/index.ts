import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import type { MockDisagreement } from "@/domain/interview/mock";

/**
 * What the user logged for each skill area since their last assessment, shown beside each rating when they
 * re-assess (docs/scoring.md, "Evidence"). It never changes the score: the assessment contract's inputs stay
 * as they are; evidence informs the person's own rating, and a high rating without any gets a gentle prompt.
 */

export type EvidenceItem =
  | { kind: "story"; title: string }
  | { kind: "practice"; label: string; score: number; heldOn: string }
  | { kind: "partner"; label: string; score: number; heldOn: string; partnerName: string }
  | { kind: "plan_step"; title: string }
  /** Partners and the person differ by 2 or more, the same way, over at least two mocks: a note, not evidence. */
  | { kind: "mock_gap"; direction: "higher" | "lower"; mocks: number }
  | { kind: "side_project"; title: string };

export interface EvidenceSources {
  stories: readonly { title: string; areas: readonly SkillArea[] }[];
  practice: readonly { label: string; heldOn: string; scores: Partial<Record<SkillArea, number>> }[];
  /** Partners' scores from mock links (src/domain/interview/mock.ts). */
  partner?: readonly { label: string; heldOn: string; partnerName: string; scores: Partial<Record<SkillArea, number>> }[];
  /** Plan steps marked done, with the skill area they close (if any) and their template key. */
  doneSteps: readonly { title: string; skillArea: string | null; templateKey: string | null }[];
  /** From mockDisagreements (src/domain/interview/mock.ts), over the mocks since the last assessment. */
  disagreements?: readonly MockDisagreement[];
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
  for (const mock of sources.partner ?? []) {
    for (const [area, score] of Object.entries(mock.scores) as [SkillArea, number][]) {
      byArea[area].push({ kind: "partner", label: mock.label, score, heldOn: mock.heldOn, partnerName: mock.partnerName });
    }
  }
  for (const step of sources.doneSteps) {
    if (step.skillArea && (SKILL_AREAS as readonly string[]).includes(step.skillArea)) {
      byArea[step.skillArea as SkillArea].push({ kind: "plan_step", title: step.title });
    }
    if (isSideProject(step.templateKey))
      for (const area of SIDE_PROJECT_AREAS) byArea[area].push({ kind: "side_project", title: step.title });
  }
  for (const gap of sources.disagreements ?? []) byArea[gap.area].push({ kind: "mock_gap", direction: gap.direction, mocks: gap.mocks });
  return byArea;
}

/** Ratings of 4 or 5 claim PM-level work: without any logged evidence we gently ask for an example. */
export const EVIDENCE_PROMPT_LEVEL = 4;

export function needsEvidencePrompt(rating: number | undefined, items: readonly EvidenceItem[]): boolean {
  return rating !== undefined && rating >= EVIDENCE_PROMPT_LEVEL && items.every((item) => item.kind === "mock_gap");
}

export function describeEvidence(item: EvidenceItem): string {
  switch (item.kind) {
    case "story":
      return `Story: ${item.title}`;
    case "practice":
      return `Practice: ${item.label}, scored ${item.score}/5`;
    case "partner":
      return `Mock with ${item.partnerName || "a partner"}: ${item.label}, they scored ${item.score}/5`;
    case "mock_gap":
      return `In ${item.mocks} mocks, partners scored you 2 or more ${item.direction} than you scored yourself: worth talking about`;
    case "plan_step":
      return `Plan step done: ${item.title}`;
    case "side_project":
      return `Side project: ${item.title}`;
  }
}

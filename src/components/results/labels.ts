import { SKILL_MODEL, type SkillArea } from "@/domain/assessment";

/** Short names for tight spots (the radar's axis labels); everywhere else uses SKILL_MODEL labels. */
export const SHORT_AREA_LABELS: Readonly<Record<SkillArea, string>> = {
  strategy: "Strategy",
  customer_insight: "Customer insight",
  data: "Data",
  technical: "Technical",
  execution: "Execution",
  communication: "Communication",
  leadership: "Leadership",
  business: "Business",
};

export function areaLabel(area: SkillArea): string {
  return SKILL_MODEL[area].label;
}

/** "A, B and C" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Turns a clause such as "if your manager …" into a sentence: capitalised, ending with a full stop. */
export function asSentence(clause: string): string {
  const trimmed = clause.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** "1 level" / "2 levels" */
export function levels(count: number): string {
  return `${count} ${count === 1 ? "level" : "levels"}`;
}

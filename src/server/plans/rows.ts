import type { GeneratedItem } from "@/domain/plan";

/**
 * Generated plan items as PlanItem rows of `planId`: the one mapping from the plan domain to storage,
 * used by the actions, the plan update, the seed data of tests and the benchmarks.
 */
export function planItemRows(planId: string, items: readonly GeneratedItem[]) {
  return items.map((item) => ({
    planId,
    templateKey: item.templateKey,
    title: item.title,
    why: item.why,
    detail: item.detail,
    category: item.category,
    phase: item.phase,
    position: item.position,
    skillArea: item.skillArea ?? null,
  }));
}

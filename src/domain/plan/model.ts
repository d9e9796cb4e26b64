/**
 * The vocabulary of a personal plan: item categories, phases and statuses, with display labels, and the
 * shape of a generated item. Persistence stores these as strings; the `is…` guards turn a stored string
 * back into the type without trusting it.
 */
import type { SkillArea } from "@/domain/assessment/schemas";
import type { ResourceLink } from "@/domain/resource";

/** What kind of step an item is. Kept small so progress per category stays meaningful. */
export const PLAN_ITEM_CATEGORIES = ["networking", "experience", "job_search", "mindset", "path", "skill"] as const;
export type PlanItemCategory = (typeof PLAN_ITEM_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<PlanItemCategory, string>> = {
  networking: "Networking",
  experience: "Product experience",
  job_search: "Job-search preparation",
  mindset: "Patience & openness",
  path: "Path-specific",
  skill: "Closing a skill gap",
};

/** 1 = first 30 days, 2 = days 31–60, 3 = days 61–90 (matches the PlanItem.phase column). */
export const PLAN_PHASES = [1, 2, 3] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export const PHASE_LABELS: Readonly<Record<PlanPhase, string>> = {
  1: "First 30 days",
  2: "Days 31–60",
  3: "Days 61–90",
};

/** Length of one phase in days. */
export const PHASE_DAYS = 30;

export const ITEM_STATUSES = ["todo", "in_progress", "done", "skipped"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  todo: "To do",
  in_progress: "In progress",
  done: "Done",
  skipped: "Skipped",
};

export function isPlanItemCategory(value: unknown): value is PlanItemCategory {
  return typeof value === "string" && (PLAN_ITEM_CATEGORIES as readonly string[]).includes(value);
}

export function isPlanPhase(value: unknown): value is PlanPhase {
  return typeof value === "number" && (PLAN_PHASES as readonly number[]).includes(value);
}

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === "string" && (ITEM_STATUSES as readonly string[]).includes(value);
}

/** One item of a freshly generated plan, ready to be stored as a PlanItem row. */
export interface GeneratedItem {
  /** The template it came from; stable across releases so a later merge can recognise it. */
  templateKey: string;
  title: string;
  /** One sentence: why this step matters for this user. */
  why: string;
  /** Two or three sentences: how to do it. */
  detail: string;
  category: PlanItemCategory;
  phase: PlanPhase;
  /** 0-based order within its phase. */
  position: number;
  /** Set on skill-gap items only. */
  skillArea?: SkillArea;
  /** Curated resources for this step, looked up by template key; always set on skill items. */
  resources?: ResourceLink[];
}

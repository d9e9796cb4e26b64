// View types of plan: plain, serialisable data that the server's queries return and client components
// render. Here, not in src/server, so that the browser's code never imports a server module.
import type { TransitionPath } from "@/domain/assessment";
import type { ItemStatus, PlanItemCategory, PlanPhase } from "@/domain/plan";
import type { ResourceLink } from "@/domain/resource";

/** A plan item as the UI sees it: plain, serialisable data (dates as ISO strings). */
export interface PlanItemView {
  id: string;
  templateKey: string | null;
  title: string;
  why: string;
  detail: string;
  category: PlanItemCategory;
  phase: PlanPhase;
  position: number;
  skillArea: string | null;
  status: ItemStatus;
  note: string;
  custom: boolean;
  statusChangedAt: string | null;
  archivedAt: string | null;
  version: number;
  /** Curated resources for the step, looked up by template key (data shipped with the app, not stored). */
  resources: ResourceLink[];
  /** When a "remind me on…" email is set for (ISO), on the active plan's items; null when none. */
  remindAt?: string | null;
  /**
   * Set on the dashboard's compact list (compactPlanItems): `detail` (of a template step) and `resources`
   * were left out, to be fetched when the step's details are opened; the number is how many resources wait.
   */
  deferredResources?: number;
}

export interface PlanView {
  id: string;
  path: TransitionPath;
  assessmentId: string | null;
  createdAt: string;
  targetDate: string;
  /** Active items, by phase then position. */
  items: PlanItemView[];
  /** Items a plan update set aside; restorable. */
  archivedItems: PlanItemView[];
}

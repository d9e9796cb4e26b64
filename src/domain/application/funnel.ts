import { PIPELINE, type Stage } from "./model";

/** What the funnel needs of one application: its current stage and every stage it has been in. */
export interface FunnelApplication {
  stage: Stage;
  history: readonly Stage[];
}

export interface ConversionStep {
  stage: "applied" | "screening" | "interviewing" | "offer";
  /** Applications that reached this stage (or a later one on the pipeline). */
  reached: number;
  /** Share of the previous step's applications that got this far, 0–100; null for the first step or none before. */
  percentOfPrevious: number | null;
}

const CONVERSION_STAGES = ["applied", "screening", "interviewing", "offer"] as const;

/** How far along the pipeline an application got: the furthest pipeline stage in its history. */
export function furthestStage(application: FunnelApplication): number {
  let furthest = 0;
  for (const stage of [...application.history, application.stage]) {
    furthest = Math.max(furthest, PIPELINE.indexOf(stage));
  }
  return furthest;
}

/**
 * The conversion line applied → screening → interviewing → offer. Reaching a later stage counts as having
 * passed the earlier ones (someone invited straight to interviews still applied), and a rejection after
 * the screen still counts the screen.
 */
export function conversion(applications: readonly FunnelApplication[]): ConversionStep[] {
  const furthest = applications.map(furthestStage);
  let previous: number | null = null;
  return CONVERSION_STAGES.map((stage) => {
    const index = PIPELINE.indexOf(stage);
    const reached = furthest.filter((f) => f >= index).length;
    const percentOfPrevious = previous === null || previous === 0 ? null : Math.round((reached / previous) * 100);
    previous = reached;
    return { stage, reached, percentOfPrevious };
  });
}

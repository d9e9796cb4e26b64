/**
 * Plain-language bands for the 0–100 readiness score. Cut-offs follow the scoring model (docs/scoring.md):
 * meeting every entry-level target with no evidence lands around 68–70, so "Nearly ready" starts at 65,
 * and "Ready" (80+) needs targets met plus evidence such as a side project or cross-functional lead.
 */
export type ReadinessBandKey = "getting_started" | "building" | "nearly_ready" | "ready";

export interface ReadinessBand {
  key: ReadinessBandKey;
  label: string;
  /** The lowest readiness in this band. */
  min: number;
  /** One sentence on what the band means for the person. */
  meaning: string;
}

/** Lowest band first; each band runs from its `min` to the next band's `min` − 1. */
export const READINESS_BANDS: readonly ReadinessBand[] = [
  {
    key: "getting_started",
    label: "Getting started",
    min: 0,
    meaning: "You have a foundation to build on; most PM skill areas still sit well below where a new PM starts.",
  },
  {
    key: "building",
    label: "Building",
    min: 40,
    meaning: "You bring real strengths, and a few focused gaps stand between you and an entry-level PM role.",
  },
  {
    key: "nearly_ready",
    label: "Nearly ready",
    min: 65,
    meaning: "You're close to what an entry-level PM needs; evidence of product work will make the case.",
  },
  {
    key: "ready",
    label: "Ready",
    min: 80,
    meaning: "You meet what an entry-level PM role asks for and can show it — time to apply and make your case.",
  },
];

export function readinessBand(readiness: number): ReadinessBand {
  let band = READINESS_BANDS[0]!;
  for (const candidate of READINESS_BANDS) if (readiness >= candidate.min) band = candidate;
  return band;
}

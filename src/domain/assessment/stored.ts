/**
 * Results as stored. A result keeps the model that scored it (docs/decisions/0013-recommendation-model-2.md,
 * 0022-recommendation-model-3.md): results of models 1 and 2 never gain later fields by re-scoring. Where code
 * needs the current shape (plan generation), this reads a stored result as it was: reasons unsplit (all kept,
 * none invented as pros or cons), closeCall computed from its own fits (a pure function of them), no bridge
 * for model 1 (it never advised one), model 2's bridges as required (it only set them below readiness 40),
 * and, for results without `level`, the level the stored input and readiness give (levelFor), so a plan
 * aims at the same titles a fresh result would name.
 */
import { CLOSE_CALL_POINTS } from "./scoring";
import { levelFor } from "./level";
import type {
  AssessmentInput,
  AssessmentResult,
  PathLevel,
  PathResult,
  StoredAssessmentResult,
  StoredBridge,
  StoredPathResult,
} from "./schemas";

/** True when the stored result came from model 2 or later (it carries pros, cons, closeCall and bridge). */
export function hasModel2Fields(result: StoredAssessmentResult): boolean {
  return result.closeCall !== undefined && result.bridge !== undefined && result.paths.every((p) => p.pros && p.cons);
}

/** True when the stored result came from model 3 or later (every path carries its level). */
export function hasModel3Fields(result: StoredAssessmentResult): result is AssessmentResult {
  return (
    hasModel2Fields(result) &&
    result.paths.every((p) => p.level !== undefined) &&
    (result.bridge === null || result.bridge?.required !== undefined)
  );
}

const pathAsCurrent = (p: StoredPathResult, level: PathLevel): PathResult => ({
  ...p,
  pros: p.pros ?? [],
  cons: p.cons ?? [],
  level: p.level ?? level,
});

const bridgeAsCurrent = (bridge: StoredBridge | null | undefined) => (bridge ? { ...bridge, required: bridge.required ?? true } : null);

/**
 * A stored result of any model in the current result shape. `input` (the stored input) sets `level` for
 * results stored before model 3; without it they read as "associate".
 */
export function storedResultAsV2(result: StoredAssessmentResult, input?: AssessmentInput): AssessmentResult {
  if (hasModel3Fields(result)) return result;
  const level: PathLevel = input ? levelFor(result.readiness, input) : "associate";
  const paths = result.paths.map((p) => pathAsCurrent(p, level));
  return {
    ...result,
    paths,
    recommendedPath: pathAsCurrent(result.recommendedPath, level),
    closeCall: paths.length > 1 && paths[0]!.fit - paths[1]!.fit <= CLOSE_CALL_POINTS,
    bridge: bridgeAsCurrent(result.bridge),
  };
}

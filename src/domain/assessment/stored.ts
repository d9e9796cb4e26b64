/**
 * Results as stored. A result keeps the model that scored it (docs/decisions/0013-recommendation-model-2.md): results of model 1
 * never gain model 2's fields by re-scoring. Where code needs the v2 shape (plan generation), this reads a
 * stored result as it was: reasons unsplit (all kept, none invented as pros or cons), closeCall computed
 * from its own fits (a pure function of them), and no bridge, since model 1 never advised one.
 */
import { CLOSE_CALL_POINTS } from "./scoring";
import type { AssessmentResult, PathResult, StoredAssessmentResult, StoredPathResult } from "./schemas";

/** True when the stored result came from model 2 or later (it carries pros, cons, closeCall and bridge). */
export function hasModel2Fields(result: StoredAssessmentResult): result is AssessmentResult {
  return result.closeCall !== undefined && result.bridge !== undefined && result.paths.every((p) => p.pros && p.cons);
}

const pathAsV2 = (p: StoredPathResult): PathResult => ({ ...p, pros: p.pros ?? [], cons: p.cons ?? [] });

export function storedResultAsV2(result: StoredAssessmentResult): AssessmentResult {
  if (hasModel2Fields(result)) return result;
  const paths = result.paths.map(pathAsV2);
  return {
    ...result,
    paths,
    recommendedPath: pathAsV2(result.recommendedPath),
    closeCall: paths.length > 1 && paths[0]!.fit - paths[1]!.fit <= CLOSE_CALL_POINTS,
    bridge: result.bridge ?? null,
  };
}

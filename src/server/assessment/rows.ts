// Relative imports: tests, the e2e seed and the benchmarks import this module outside Next's path aliases.
import type { AssessmentInput, AssessmentResult, StoredAssessmentResult } from "../../domain/assessment";
import type { Prisma } from "../db";

/**
 * A scored assessment as an Assessment row of `userId`: input and result as JSON, plus the columns
 * copied out of the result for listing. The one mapping used by the save action, tests and benchmarks.
 */
export function assessmentRow(userId: string, input: AssessmentInput, result: AssessmentResult) {
  return {
    userId,
    // Plain JSON copies: what the database stores is exactly what a reader parses back.
    input: JSON.parse(JSON.stringify(input)) as Prisma.InputJsonValue,
    result: JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue,
    modelVersion: result.modelVersion ?? "unknown",
    readiness: result.readiness,
    recommendedPath: result.recommendedPath.path,
  };
}

/**
 * An Assessment row's `result` column as the result it stores. The JSON was produced by scoreAssessment
 * (some model) before it was written, so it is read as it is, never re-validated: the one place that says so.
 */
export function storedResultOf(json: unknown): StoredAssessmentResult {
  return json as StoredAssessmentResult;
}

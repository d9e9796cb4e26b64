import type { AssessmentInput, AssessmentResult } from "@/domain/assessment";
import type { Prisma } from "@/server/db";

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

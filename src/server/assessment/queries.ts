import "server-only";
import {
  normaliseInput,
  type AssessmentInput,
  type RawAssessmentInput,
  type StoredAssessmentResult,
  type TransitionPath,
} from "@/domain/assessment";
import type { AssessmentDraft } from "@/domain/assessment/draft";
import { db } from "@/server/db";
import { storedResultOf } from "./rows";

export interface StoredAssessment {
  id: string;
  createdAt: Date;
  /** Normalised: inputs saved before contract v2 read as employed. */
  input: AssessmentInput;
  /** As it was scored: results of model 1 lack the v2 fields (pros, cons, closeCall, bridge). */
  result: StoredAssessmentResult;
  modelVersion: string;
}

export interface AssessmentSummary {
  id: string;
  createdAt: Date;
  readiness: number;
  recommendedPath: TransitionPath;
}

// Stored JSON was validated and produced by our own code before it was written; inputs from before
// contract v2 lack `employment` (and may lack nothing else), so they are normalised, never re-validated.
function toStored(row: { id: string; createdAt: Date; input: unknown; result: unknown; modelVersion: string }): StoredAssessment {
  return {
    id: row.id,
    createdAt: row.createdAt,
    input: normaliseInput(row.input as RawAssessmentInput),
    result: storedResultOf(row.result),
    modelVersion: row.modelVersion,
  };
}

/** One of the user's assessments; another user's id and a missing id both give null. */
export async function findAssessment(userId: string, id: string): Promise<StoredAssessment | null> {
  const row = await db.assessment.findFirst({ where: { id, userId } });
  return row ? toStored(row) : null;
}

/**
 * The user's assessments, newest first (at most `limit`: the daily quota allows many).
 * @internal Read by the integration tests only (knip --production skips @internal exports).
 */
export async function listAssessments(userId: string, limit = 365): Promise<AssessmentSummary[]> {
  const rows = await db.assessment.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, readiness: true, recommendedPath: true },
  });
  return rows.map((row) => ({ ...row, recommendedPath: row.recommendedPath as TransitionPath }));
}

/** The newest assessment and the one before it, for "what changed" comparisons. */
export async function latestAssessments(userId: string, count = 2): Promise<StoredAssessment[]> {
  const rows = await db.assessment.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: count,
  });
  return rows.map(toStored);
}

/**
 * The assessment saved just before `id` (same owner), or null when `id` is the first. "Before" follows the
 * list order (createdAt, then id), so two assessments saved in the same millisecond are not skipped.
 */
export async function previousAssessment(userId: string, id: string): Promise<StoredAssessment | null> {
  const current = await db.assessment.findFirst({ where: { id, userId }, select: { createdAt: true } });
  if (!current) return null;
  const row = await db.assessment.findFirst({
    where: {
      userId,
      OR: [{ createdAt: { lt: current.createdAt } }, { createdAt: current.createdAt, id: { lt: id } }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return row ? toStored(row) : null;
}

export async function findDraft(userId: string): Promise<AssessmentDraft | null> {
  const row = await db.assessmentDraft.findUnique({ where: { userId } });
  return row ? { step: row.step, answers: row.answers as AssessmentDraft["answers"] } : null;
}

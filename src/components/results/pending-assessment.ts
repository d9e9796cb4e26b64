/**
 * The preview's side of a visitor's finished questionnaire: the questionnaire writes the validated input as
 * JSON under this key (src/components/assessment/browser-storage.ts); the preview reads it, validates it
 * again (it may be stale or from another version), and clears it once saved to an account.
 * Browser-only: call from effects or event handlers, never during server rendering.
 */
import { assessmentInputSchema, type AssessmentInput } from "@/domain/assessment";

const PENDING_ASSESSMENT_KEY = "pathfinder.pendingAssessment.v1";

export type PendingRead = { status: "found"; input: AssessmentInput } | { status: "missing" } | { status: "invalid" };

export function readPendingAssessment(): PendingRead {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(PENDING_ASSESSMENT_KEY);
  } catch {
    // Storage can be unavailable (privacy modes, blocked storage): nothing to show.
    return { status: "missing" };
  }
  if (raw === null) return { status: "missing" };
  try {
    const parsed = assessmentInputSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { status: "found", input: parsed.data } : { status: "invalid" };
  } catch {
    return { status: "invalid" };
  }
}

export function clearPendingAssessment(): void {
  try {
    window.localStorage.removeItem(PENDING_ASSESSMENT_KEY);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

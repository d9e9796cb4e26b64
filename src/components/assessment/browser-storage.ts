/**
 * What the questionnaire keeps in the browser. Visitors' drafts live here (signed-in users' drafts live on
 * the server), and so does a visitor's finished input, which /assessment/preview scores and offers to save.
 * Storage can be full, disabled or hold junk from another version: every call here fails quietly.
 */
import type { AssessmentInput } from "@/domain/assessment";
import { assessmentDraftSchema, type AssessmentDraft } from "@/domain/assessment/draft";

export const DRAFT_KEY = "pathfinder.assessmentDraft.v1";
/** Read by /assessment/preview: a visitor's validated AssessmentInput, waiting for sign-up. */
export const PENDING_ASSESSMENT_KEY = "pathfinder.pendingAssessment.v1";

function read(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

export function readLocalDraft(): AssessmentDraft | null {
  const parsed = assessmentDraftSchema.safeParse(read(DRAFT_KEY));
  return parsed.success ? parsed.data : null;
}

export const writeLocalDraft = (draft: AssessmentDraft): boolean => write(DRAFT_KEY, draft);
export const removeLocalDraft = (): void => remove(DRAFT_KEY);

/** Unvalidated here: the caller turns it into answers leniently, the preview validates it for real. */
export const readPendingAssessment = (): unknown => read(PENDING_ASSESSMENT_KEY);
export const writePendingAssessment = (input: AssessmentInput): boolean => write(PENDING_ASSESSMENT_KEY, input);
export const removePendingAssessment = (): void => remove(PENDING_ASSESSMENT_KEY);

/**
 * Where the questionnaire starts: a saved draft, the last answers given, or nothing.
 * Order of precedence: the server draft (signed in), then a draft in this browser (a visitor's, or one
 * started before signing in), then the visitor's finished answers waiting on /assessment/preview (so
 * coming back from the preview keeps them), then the signed-in user's latest assessment, then blank.
 */
import { assessmentInputSchema, type AssessmentInput } from "@/domain/assessment";
import type { AssessmentDraft } from "@/domain/assessment/draft";
import { readLocalDraft, readPendingAssessment } from "./browser-storage";
import { answersFromInput, clampStep, LAST_STEP, parseFormAnswers, type FormAnswers } from "./form-answers";

/** What the server page knows; the browser adds what it has stored. */
export type QuestionnaireStart = { signedIn: false } | { signedIn: true; draft: AssessmentDraft | null; previous: AssessmentInput | null };

/** "previous" shows the "we've filled in your last answers" note. */
export type AnswersOrigin = "new" | "draft" | "previous";

export interface QuestionnaireState {
  step: number;
  answers: FormAnswers;
  origin: AnswersOrigin;
}

export const BLANK_STATE: QuestionnaireState = { step: 0, answers: {}, origin: "new" };

export function stateFromDraft(draft: AssessmentDraft): QuestionnaireState {
  return { step: clampStep(draft.step), answers: parseFormAnswers(draft.answers), origin: "draft" };
}

/** The state the server can decide alone, or null when the browser's storage must be read first. */
export function serverStartingState(start: QuestionnaireStart): QuestionnaireState | null {
  return start.signedIn && start.draft ? stateFromDraft(start.draft) : null;
}

/** Runs in the browser after mount. `fromBrowserDraft` tells a signed-in user's caller to move it to the server. */
export function browserStartingState(start: QuestionnaireStart): QuestionnaireState & { fromBrowserDraft: boolean } {
  const localDraft = readLocalDraft();
  if (localDraft) return { ...stateFromDraft(localDraft), fromBrowserDraft: true };
  if (!start.signedIn) {
    const pending = assessmentInputSchema.safeParse(readPendingAssessment());
    if (pending.success) {
      return { step: LAST_STEP, answers: answersFromInput(pending.data), origin: "previous", fromBrowserDraft: false };
    }
  } else if (start.previous) {
    return { step: 0, answers: answersFromInput(start.previous), origin: "previous", fromBrowserDraft: false };
  }
  return { ...BLANK_STATE, fromBrowserDraft: false };
}

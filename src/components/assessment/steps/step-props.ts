import type { AnswerPath, AnswerValues, FieldErrors, FormAnswers } from "../form-answers";

/** What every step component receives from the questionnaire controller. */
export interface StepProps {
  answers: FormAnswers;
  errors: FieldErrors;
  setAnswer: <P extends AnswerPath>(path: P, value: AnswerValues[P]) => void;
}

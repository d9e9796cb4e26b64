"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveAssessmentAction } from "@/server/assessment/actions";
import { removeLocalDraft, writePendingAssessment } from "./browser-storage";
import {
  clampStep,
  firstStepWithError,
  isStepSkipped,
  LAST_STEP,
  nextStep,
  previousStep,
  stepOfPath,
  validateAll,
  validateStep,
  withAnswer,
  type AnswerPath,
  type AnswerValues,
  type FieldErrors,
} from "./form-answers";
import { BLANK_STATE, browserStartingState, serverStartingState, type QuestionnaireStart, type QuestionnaireState } from "./starting-point";
import { useDraftSaver } from "./use-draft-saver";

type FocusTarget = "heading" | "first-error";

/** Focuses the first control marked invalid; in a radio group, its chosen option or else its first. */
function focusFirstInvalid(form: HTMLFormElement | null): boolean {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return false;
  const control =
    invalid instanceof HTMLInputElement
      ? invalid
      : (invalid.querySelector<HTMLInputElement>("input:checked") ?? invalid.querySelector<HTMLInputElement>("input"));
  control?.focus();
  return Boolean(control);
}

/** Errors whose field no step shows (e.g. "_form"), to be listed with the form's message. */
function unplacedErrors(errors: FieldErrors): string[] {
  return Object.entries(errors)
    .filter(([path]) => stepOfPath(path) === null)
    .flatMap(([, messages]) => messages);
}

/**
 * The questionnaire's state and behaviour: answers and step, per-step validation with the contract's
 * schema, draft saving, focus management and submission. The components only render what it returns.
 */
export function useQuestionnaire(start: QuestionnaireStart) {
  const router = useRouter();
  const drafts = useDraftSaver(start.signedIn);
  const { save: saveDraft, flush: flushDraft } = drafts;
  // null until the browser's storage has been read (visitors, and users without a server draft).
  const [state, setState] = useState<QuestionnaireState | null>(() => serverStartingState(start));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; seq: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const settled = useRef(state !== null);

  useEffect(() => {
    if (settled.current) return; // also keeps Strict Mode's second effect run from reading storage again
    settled.current = true;
    const { fromBrowserDraft, ...initial } = browserStartingState(start);
    setState(initial);
    if (start.signedIn && fromBrowserDraft) {
      // A draft begun before signing in moves to the account, then leaves this (maybe shared) browser.
      saveDraft({ step: initial.step, answers: initial.answers });
      void flushDraft().then((saved) => saved && removeLocalDraft());
    }
  }, [start, saveDraft, flushDraft]);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === "first-error" && focusFirstInvalid(formRef.current)) return;
    headingRef.current?.focus();
  }, [focusRequest]);

  const requestFocus = useCallback((target: FocusTarget) => {
    setFocusRequest((previous) => ({ target, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  const loadedState = state ?? BLANK_STATE;
  // A draft left on a step these answers now skip (e.g. the company step of a student) resumes after it.
  const current = isStepSkipped(loadedState.step, loadedState.answers)
    ? { ...loadedState, step: nextStep(loadedState.step, loadedState.answers) }
    : loadedState;

  function setAnswer<P extends AnswerPath>(path: P, value: AnswerValues[P]) {
    const next = { ...current, answers: withAnswer(current.answers, path, value) };
    setState(next);
    saveDraft({ step: next.step, answers: next.answers });
    if (errors[path]) {
      setErrors(({ [path]: _fixed, ...rest }) => rest);
    }
  }

  function goToStep(step: number) {
    const next = { ...current, step: clampStep(step) };
    setState(next);
    setErrors({});
    setFormMessage(null);
    saveDraft({ step: next.step, answers: next.answers }, { immediate: true });
    requestFocus("heading");
  }

  /** Shows errors on the step that owns the first of them and puts focus on that field. */
  function showErrors(found: FieldErrors, message: string | null) {
    const step = firstStepWithError(found) ?? current.step;
    if (step !== current.step) setState({ ...current, step });
    setErrors(found);
    const extra = unplacedErrors(found);
    setFormMessage(message || extra.length ? [message, ...extra].filter(Boolean).join(" ") : null);
    requestFocus("first-error");
  }

  function next() {
    const found = validateStep(current.step, current.answers);
    if (Object.keys(found).length) showErrors(found, null);
    else goToStep(nextStep(current.step, current.answers));
  }

  async function submit() {
    const checked = validateAll(current.answers);
    if (!checked.ok) return showErrors(checked.errors, "Some answers need another look before we can score them.");

    if (!start.signedIn) {
      if (!writePendingAssessment(checked.input)) {
        setFormMessage("Your browser isn't letting us keep your answers. Allow site storage, or create an account to save them.");
        return;
      }
      drafts.close();
      removeLocalDraft(); // the finished answers now live under the pending key (see starting-point.ts)
      router.push("/assessment/preview");
      return;
    }

    drafts.close();
    setSubmitting(true);
    setFormMessage(null);
    const saved = await saveAssessmentAction(checked.input).catch(() => null);
    if (saved?.ok) {
      removeLocalDraft();
      router.push(`/assessment/${saved.data.id}`);
      return; // stays "submitting" until the result page replaces this one
    }
    drafts.reopen();
    setSubmitting(false);
    showErrors(saved?.fieldErrors ?? {}, saved?.message ?? "We couldn't reach the server. Check your connection and try again.");
  }

  async function startOver() {
    setState({ ...BLANK_STATE });
    setErrors({});
    setFormMessage(null);
    requestFocus("heading");
    await drafts.discard();
  }

  return {
    loaded: state !== null,
    signedIn: start.signedIn,
    step: current.step,
    isLastStep: current.step === LAST_STEP,
    answers: current.answers,
    origin: current.origin,
    errors,
    formMessage,
    submitting,
    saveStatus: drafts.status,
    headingRef,
    formRef,
    setAnswer,
    next,
    back: () => goToStep(previousStep(current.step, current.answers)),
    skipped: (step: number) => isStepSkipped(step, current.answers),
    goToStep,
    submit,
    startOver,
  };
}

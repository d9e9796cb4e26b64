"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { scoreAssessment, type AssessmentInput, type AssessmentResult } from "@/domain/assessment";
import { saveAssessmentAction } from "@/server/assessment/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { AssessmentResultView } from "./assessment-result-view";
import { clearPendingAssessment, readPendingAssessment } from "./pending-assessment";

const PREVIEW_SAVE_PATH = "/assessment/preview?save=1";

interface VisitorPreviewProps {
  signedIn: boolean;
  /** The page was opened with ?save=1 (coming back from sign-up or sign-in). */
  saveRequested: boolean;
}

type Loaded =
  { status: "loading" } | { status: "missing" | "invalid" } | { status: "ready"; input: AssessmentInput; result: AssessmentResult };

type Saving = { status: "idle" } | { status: "saving" } | { status: "error"; message: string };

/**
 * The visitor's result, scored in the browser from the answers the questionnaire left in localStorage.
 * When a signed-in user arrives with ?save=1 it saves the answers once and moves to the saved result.
 */
export function VisitorPreview({ signedIn, saveRequested }: VisitorPreviewProps) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [saving, setSaving] = useState<Saving>({ status: "idle" });
  // Strict mode runs effects twice in development; a ref survives that, so the save happens once.
  const saveStarted = useRef(false);

  useEffect(() => {
    const pending = readPendingAssessment();
    // The answers live in this browser's storage only, so they are read once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLoaded(pending.status === "found" ? { status: "ready", input: pending.input, result: scoreAssessment(pending.input) } : pending);
  }, []);

  const save = useCallback(
    async (input: AssessmentInput) => {
      setSaving({ status: "saving" });
      const outcome = await saveAssessmentAction(input).catch(() => null);
      if (outcome?.ok) {
        clearPendingAssessment();
        router.replace(`/assessment/${outcome.data.id}`);
        return;
      }
      setSaving({
        status: "error",
        message: outcome?.message ?? "We couldn't reach the server to save your assessment. Check your connection and try again.",
      });
    },
    [router],
  );

  useEffect(() => {
    if (loaded.status !== "ready" || !signedIn || !saveRequested || saveStarted.current) return;
    saveStarted.current = true;
    void save(loaded.input);
  }, [loaded, signedIn, saveRequested, save]);

  if (loaded.status === "loading") {
    return (
      <p role="status" className="py-10 text-slate-700 dark:text-slate-300">
        Loading your result…
      </p>
    );
  }

  if (loaded.status !== "ready") {
    return (
      <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">No result to show yet</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {loaded.status === "invalid"
            ? "The answers saved in this browser are incomplete or out of date, so we can't score them."
            : saveRequested && signedIn
              ? "There are no unsaved answers in this browser — they may already be saved to your account."
              : "We couldn't find a finished assessment in this browser. It takes about three minutes."}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/assessment" className={buttonClass("primary")}>
            Take the assessment
          </Link>
          {signedIn && (
            <Link href="/dashboard" className={buttonClass("secondary")}>
              Go to your dashboard
            </Link>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Preview · not saved yet</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your result</h1>
        <p className="text-slate-700 dark:text-slate-300">
          This result lives only in this browser for now. Save it to get your plan and see what changes when you re-assess.
        </p>
      </header>

      {saving.status === "saving" && (
        <p
          role="status"
          className="rounded-md border border-brand-700 bg-brand-50 px-3 py-2 text-sm text-brand-900 dark:border-brand-300 dark:bg-slate-900 dark:text-brand-100"
        >
          Saving your assessment to your account…
        </p>
      )}
      {saving.status === "error" && (
        <div className="flex flex-col items-start gap-3">
          <FormAlert message={saving.message} />
          <Button variant="secondary" onClick={() => void save(loaded.input)}>
            Try saving again
          </Button>
        </div>
      )}

      <AssessmentResultView
        input={loaded.input}
        result={loaded.result}
        nextStep={{ kind: "save", signedIn, savePath: PREVIEW_SAVE_PATH }}
      />
    </div>
  );
}

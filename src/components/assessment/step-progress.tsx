import { STEPS } from "./form-answers";

interface StepProgressProps {
  current: number;
  onGoTo: (step: number) => void;
  /** Steps these answers skip (the company step when not employed): shown, never offered. */
  skipped?: (step: number) => boolean;
}

/**
 * Where the person is in the questionnaire. Finished steps are buttons back to them. On narrow screens
 * only the bars show (the step heading names the step); the titles stay available to screen readers.
 */
// At least 24 px tall so the bar-only buttons on phones stay easy to hit (WCAG 2.2 target size).
const cell = "flex min-h-6 w-full flex-col justify-center rounded underline-offset-2";

export function StepProgress({ current, onGoTo, skipped = () => false }: StepProgressProps) {
  return (
    <nav aria-label="Assessment steps">
      <ol className="grid grid-cols-5 gap-2">
        {STEPS.map((step, index) => {
          const state = skipped(index) ? "skipped" : index < current ? "complete" : index === current ? "current" : "upcoming";
          const bar = state === "upcoming" || state === "skipped" ? "bg-slate-300 dark:bg-slate-700" : "bg-brand-700 dark:bg-brand-300";
          const text =
            state === "upcoming" || state === "skipped"
              ? "text-slate-600 dark:text-slate-400"
              : state === "current"
                ? "font-semibold text-slate-900 dark:text-white"
                : "text-slate-700 dark:text-slate-300";
          const title = (
            <>
              <span aria-hidden="true" className={`block h-1.5 rounded-full ${bar}`} />
              <span className={`mt-2 block text-sm max-md:sr-only ${text}`}>
                {index + 1}. {step.title}
                {state === "complete" && <span className="sr-only"> (completed)</span>}
                {state === "skipped" && <span> (skipped)</span>}
              </span>
            </>
          );
          return (
            <li key={step.title} aria-current={state === "current" ? "step" : undefined}>
              {state === "complete" ? (
                <button type="button" onClick={() => onGoTo(index)} className={`${cell} text-left hover:underline`}>
                  {title}
                </button>
              ) : (
                <div className={cell}>{title}</div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

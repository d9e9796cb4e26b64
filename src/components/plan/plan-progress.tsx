import { CATEGORY_LABELS, PLAN_ITEM_CATEGORIES, type PlanProgress as Progress } from "@/domain/plan";
import { ProgressBar } from "./progress-bar";

/** "7 of 18 done or skipped · 39%" — the words every progress bar on the board uses. */
export function progressSummary(p: { done: number; skipped: number; total: number; percent: number }) {
  return `${p.done + p.skipped} of ${p.total} done or skipped · ${p.percent}%`;
}

/** Overall progress, then one bar per category that has items. Numbers are always shown, not only bars. */
export function PlanProgress({ progress }: { progress: Progress }) {
  const categories = PLAN_ITEM_CATEGORIES.filter((category) => progress.byCategory[category].total > 0);
  return (
    <section aria-labelledby="progress-title" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="progress-title" className="text-xl font-semibold">
            Progress
          </h2>
          <p className="text-base font-semibold tabular-nums">{progressSummary(progress)}</p>
        </div>
        <ProgressBar
          label="Overall progress"
          value={progress.done + progress.skipped}
          max={progress.total}
          valueText={progressSummary(progress)}
          size="large"
        />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {progress.done} done, {progress.skipped} skipped. Skipping a step that isn&apos;t for you counts as progress too.
        </p>
      </div>
      {/* Folded: the overall bar answers "how far am I"; the breakdown is one click away. */}
      <details>
        <summary className="step-summary inline-flex min-h-6 items-center">By kind of step</summary>
        <ul className="mt-2 grid gap-x-8 gap-y-3 sm:grid-cols-2">
          {categories.map((category) => {
            const p = progress.byCategory[category];
            return (
              <li key={category} className="flex flex-col gap-1">
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="font-medium">{CATEGORY_LABELS[category]}</span>
                  <span className="tabular-nums text-slate-700 dark:text-slate-300">
                    {p.done + p.skipped} of {p.total}
                  </span>
                </div>
                <ProgressBar
                  label={`${CATEGORY_LABELS[category]} progress`}
                  value={p.done + p.skipped}
                  max={p.total}
                  valueText={progressSummary(p)}
                />
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}

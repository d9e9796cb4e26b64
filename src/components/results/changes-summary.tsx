import { PATH_INFO } from "@/domain/assessment";
import { readinessBand } from "@/domain/assessment/readiness-band";
import { levelChange } from "@/domain/assessment/scale";
import type { AssessmentChanges } from "@/domain/assessment/compare";
import { DeltaBadge } from "./delta-badge";
import { areaLabel, listOf } from "./labels";

interface ChangesSummaryProps {
  changes: AssessmentChanges;
  /** When the previous assessment was taken, already formatted for display ("3 March 2026"). */
  previousDate?: string;
}

/** What to say when the scoring model changed between the two assessments (model 3: why the path moved). */
export function modelNote(changes: AssessmentChanges): string {
  const { recommendation } = changes;
  if (recommendation.changed && recommendation.cause === "model")
    return "The model changed: with your previous answers, today's scoring model already recommends this path, so the change of path comes from the model, not from your answers.";
  if (recommendation.changed && recommendation.cause === "answers")
    return "We have refined the scoring since your last assessment, but the change of path comes from your answers: today's model would have kept your previous path for your previous answers.";
  if (recommendation.changed && recommendation.cause === "both")
    return "The model changed and so did your answers: both moved your recommended path.";
  return "We have refined the scoring since your last assessment, so some of the movement comes from the model rather than from your answers.";
}

/** "Since your last assessment": readiness, recommendation, reasons and gaps that moved. */
export function ChangesSummary({ changes, previousDate }: ChangesSummaryProps) {
  const { readiness, recommendation, gapsClosed, newGaps } = changes;
  const from = PATH_INFO[recommendation.from].label;
  const to = PATH_INFO[recommendation.to].label;
  // Largest rise in levels first: the same level means the same in every area.
  const improvedAreas = changes.areas
    .filter((a) => a.ratingDelta > 0)
    .sort((a, b) => b.ratingDelta - a.ratingDelta)
    .map((a) => `${areaLabel(a.area)} (${levelChange(a.ratingDelta)})`);

  return (
    <section
      aria-labelledby="changes-title"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <h2 id="changes-title" className="text-xl font-semibold">
          Since your last assessment
        </h2>
        {previousDate && <p className="text-sm text-slate-600 dark:text-slate-400">Compared with your assessment of {previousDate}</p>}
      </div>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">Readiness</dt>
          <dd className="flex flex-wrap items-center gap-2 text-slate-900 dark:text-slate-100">
            <span>
              {readinessBand(readiness.from).label} → {readinessBand(readiness.to).label}{" "}
              <span className="tabular-nums text-slate-600 dark:text-slate-400">
                ({readiness.from} → {readiness.to} of 100)
              </span>
            </span>
            <DeltaBadge delta={readiness.delta} unit="points" />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">Recommended path</dt>
          <dd className="text-slate-900 dark:text-slate-100">
            {recommendation.changed ? (
              <>
                {from} → <strong>{to}</strong>
              </>
            ) : (
              <>Still {to}</>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">Areas you rated higher</dt>
          <dd className="text-slate-900 dark:text-slate-100">{improvedAreas.length ? listOf(improvedAreas) : "None"}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">Gaps</dt>
          <dd className="text-slate-900 dark:text-slate-100">
            {gapsClosed.length === 0 && newGaps.length === 0 && "No gap closed or opened"}
            {gapsClosed.length > 0 && <span className="block">Closed: {listOf(gapsClosed.map(areaLabel))}</span>}
            {newGaps.length > 0 && <span className="block">New: {listOf(newGaps.map(areaLabel))}</span>}
          </dd>
        </div>
      </dl>

      {(recommendation.reasonsAppeared.length > 0 || recommendation.reasonsDisappeared.length > 0) && (
        <div className="grid gap-4 sm:grid-cols-2">
          {recommendation.reasonsAppeared.length > 0 && (
            <div>
              <h3 className="mb-1 text-sm font-semibold">New reasons behind the recommendation</h3>
              <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
                {recommendation.reasonsAppeared.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          {recommendation.reasonsDisappeared.length > 0 && (
            <div>
              <h3 className="mb-1 text-sm font-semibold">Reasons that no longer apply</h3>
              <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
                {recommendation.reasonsDisappeared.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      {changes.modelChanged && <p className="text-sm text-slate-600 dark:text-slate-400">{modelNote(changes)}</p>}
    </section>
  );
}

import type { StoredBridge } from "@/domain/assessment";

interface BridgePanelProps {
  bridge: StoredBridge;
  /** The panel's heading level: h2 on the result page, h2 on the dashboard too (both own their h1). */
  headingId: string;
}

/**
 * Model 2's bridge: below the entry bar, the step to take before applying for PM roles. Shown before the
 * paths on the result page and on the dashboard, so nobody reads a path's fit without seeing it first.
 * Model 3's optional bridge (readiness 40 to below 60) is shown as an option beside the PM applications,
 * with its why. Model 2's stored bridges have no `required` and were all required.
 */
export function BridgePanel({ bridge, headingId }: BridgePanelProps) {
  if (bridge.required === false)
    return (
      <section
        aria-labelledby={headingId}
        className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-5 sm:p-6 dark:border-slate-700 dark:bg-slate-900"
      >
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">An option to consider</p>
        <h2 id={headingId} className="text-xl font-bold text-slate-900 dark:text-white">
          Optional first step: {bridge.role}
        </h2>
        <p className="text-slate-800 dark:text-slate-200">{bridge.why}</p>
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">If you take it</h3>
        <ul className="flex list-disc flex-col gap-1 pl-5 text-slate-800 marker:text-slate-600 dark:text-slate-200 dark:marker:text-slate-400">
          {bridge.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
    );
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border-2 border-amber-700 bg-amber-50 p-5 sm:p-6 dark:border-amber-300 dark:bg-slate-900"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-900 dark:text-amber-200">Before you apply</p>
      <h2 id={headingId} className="text-2xl font-bold text-slate-900 dark:text-white">
        Your bridge first: {bridge.role}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">{bridge.why}</p>
      <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Your next steps</h3>
      <ol className="flex list-decimal flex-col gap-1 pl-5 text-slate-800 marker:text-slate-600 dark:text-slate-200 dark:marker:text-slate-400">
        {bridge.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

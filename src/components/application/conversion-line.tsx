import { STAGE_LABELS, type ConversionStep } from "@/domain/application";

/** applied → screening → interviewing → offer, with how many got each far and the step-to-step rate. */
export function ConversionLine({ steps }: { steps: readonly ConversionStep[] }) {
  return (
    <section aria-labelledby="conversion-title" className="flex flex-col gap-2">
      <h2 id="conversion-title" className="text-xl font-semibold">
        Conversion
      </h2>
      <ol aria-label="Conversion from applied to offer" className="flex flex-wrap items-center gap-2">
        {steps.map((step, index) => (
          <li key={step.stage} className="flex items-center gap-2">
            {index > 0 && <span aria-hidden="true">→</span>}
            <span className="rounded-md border border-slate-300 px-3 py-1 dark:border-slate-700">
              {STAGE_LABELS[step.stage]}: <strong>{step.reached}</strong>
              {step.percentOfPrevious !== null && <span className="text-slate-700 dark:text-slate-300"> ({step.percentOfPrevious}%)</span>}
            </span>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        An application counts at every stage it reached, even if it later ended; percentages are of the step before.
      </p>
    </section>
  );
}

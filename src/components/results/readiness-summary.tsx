import { READINESS_BANDS, readinessBand } from "@/domain/assessment/readiness-band";
import type { ReadinessChange } from "@/domain/assessment/compare";
import { readinessMeaning } from "@/domain/assessment/scale";
import { DeltaBadge } from "./delta-badge";

interface ReadinessSummaryProps {
  readiness: number;
  /** How many strengths the result names, so the band's sentence never promises strengths the box lacks. */
  strengthCount: number;
  change?: ReadinessChange;
}

/** The band in words first, then the figure, and a meter split at the band boundaries. */
export function ReadinessSummary({ readiness, strengthCount, change }: ReadinessSummaryProps) {
  const band = readinessBand(readiness);
  const previousBand = change ? readinessBand(change.from) : undefined;
  return (
    <section
      aria-labelledby="readiness-title"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 p-5 sm:p-6 dark:border-slate-800"
    >
      <h2 id="readiness-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Readiness for an entry-level PM role
      </h2>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <p className="text-4xl font-bold tracking-tight text-slate-900 dark:text-white">{band.label}</p>
        <p className="mb-1 flex flex-wrap items-center gap-2 text-slate-600 dark:text-slate-400">
          <span className="tabular-nums">{readiness} of 100</span>
          {change && (
            <span className="flex items-center gap-1.5 text-sm">
              <DeltaBadge delta={change.delta} unit="points" />
              <span>
                from {change.from}
                {previousBand && previousBand.key !== band.key && <> ({previousBand.label})</>}
              </span>
            </span>
          )}
        </p>
      </div>
      <p className="text-slate-700 dark:text-slate-300">{readinessMeaning(band, strengthCount)}</p>
      <ReadinessMeter readiness={readiness} />
    </section>
  );
}

/** The bar is decorative (the number says it); the band list under it gives each band's range in words. */
function ReadinessMeter({ readiness }: { readiness: number }) {
  const current = readinessBand(readiness).key;
  return (
    <div className="flex flex-col gap-2">
      <div aria-hidden="true" className="relative h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${readiness}%` }} />
        {READINESS_BANDS.slice(1).map((b) => (
          <span key={b.key} className="absolute inset-y-0 w-0.5 bg-white dark:bg-slate-950" style={{ left: `${b.min}%` }} />
        ))}
      </div>
      <ul aria-label="Readiness bands" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        {READINESS_BANDS.map((b, i) => {
          const next = READINESS_BANDS[i + 1];
          const range = next ? `${b.min}–${next.min - 1}` : `${b.min}–100`;
          const isCurrent = b.key === current;
          return (
            <li key={b.key} className={isCurrent ? "font-semibold text-slate-900 dark:text-white" : undefined}>
              {range} {b.label}
              {isCurrent && <span className="sr-only"> (your band)</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

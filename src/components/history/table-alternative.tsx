import type { ReactNode } from "react";

/** The "Show as a table" disclosure every chart on the history page carries (same look as the result page's). */
export function TableAlternative({ summary = "Show as a table", children }: { summary?: string; children: ReactNode }) {
  return (
    <details className="rounded-lg border border-slate-200 dark:border-slate-800">
      <summary className="cursor-pointer rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50 dark:text-brand-300 dark:hover:bg-slate-900">
        {summary}
      </summary>
      <div className="overflow-x-auto px-3 pb-3 sm:px-4 sm:pb-4">{children}</div>
    </details>
  );
}

export const tableClass = "w-full text-left text-sm";
export const captionClass = "py-2 text-left text-slate-600 dark:text-slate-400";
export const headRowClass = "border-b border-slate-300 dark:border-slate-700";
export const bodyRowClass = "border-b border-slate-200 last:border-0 dark:border-slate-800";

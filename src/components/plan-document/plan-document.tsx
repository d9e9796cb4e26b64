import type { ReactNode } from "react";
import { PATH_INFO } from "@/domain/assessment/paths";
import type { TransitionPath } from "@/domain/assessment/schemas";
import { PHASE_LABELS, PLAN_PHASES, planProgress, type ItemStatus, type PlanItemCategory, type PlanPhase } from "@/domain/plan";
import { phaseEndDay } from "@/domain/plan/export";
import type { ResourceLink } from "@/domain/resource";
import { formatDay } from "@/domain/time-zone";
import { PhaseItems } from "./phase-items";
import "./print.css";

export interface DocumentItem {
  id: string;
  title: string;
  /** Left out of the shared view: it is written to the owner and quotes their ratings. */
  why?: string;
  category: PlanItemCategory;
  phase: PlanPhase;
  status: ItemStatus;
  /** Curated resources for the step (the owner's printable copy). */
  resources?: readonly ResourceLink[];
}

interface PlanDocumentProps {
  heading: string;
  /** A line or two under the heading: who shared it, or a print button. */
  intro?: ReactNode;
  path: TransitionPath;
  createdAt: Date;
  /** Active items, in phase and position order. */
  items: readonly DocumentItem[];
  /** The path's description speaks to the plan's owner ("the company you work for"): for their own copy only. */
  showPathDescription?: boolean;
  /** The owner's time zone: the dates are their calendar days. */
  timeZone?: string;
}

/**
 * A read-only plan, phase by phase: the mentor's shared view and the printable page. In print each phase
 * starts on a new page, and colours fall back to black on white (`print-plain`, see print.css).
 */
export function PlanDocument({ heading, intro, path, createdAt, items, showPathDescription = false, timeZone = "UTC" }: PlanDocumentProps) {
  const progress = planProgress(items);
  const finished = progress.done + progress.skipped;
  return (
    <article className="print-plain flex flex-col gap-8" aria-labelledby="plan-document-title">
      <header className="flex flex-col gap-3">
        <h1 id="plan-document-title" className="text-3xl font-bold tracking-tight">
          {heading}
        </h1>
        {intro}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-semibold">Path</dt>
          <dd>{PATH_INFO[path].label}</dd>
          <dt className="font-semibold">Started</dt>
          <dd>{formatDay(createdAt, timeZone)}</dd>
          <dt className="font-semibold">Ends</dt>
          <dd>{formatDay(phaseEndDay(createdAt, 3, timeZone))}</dd>
          <dt className="font-semibold">Progress</dt>
          <dd>
            {finished} of {progress.total} steps dealt with ({progress.percent}&nbsp;%): {progress.done} done, {progress.skipped} skipped
          </dd>
        </dl>
        <div
          aria-hidden="true"
          className="no-print h-3 overflow-hidden rounded-full border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-900"
        >
          <div className="h-full rounded-full bg-brand-700 dark:bg-brand-300" style={{ width: `${progress.percent}%` }} />
        </div>
        {showPathDescription && <p className="text-slate-700 dark:text-slate-300">{PATH_INFO[path].description}</p>}
      </header>
      {PLAN_PHASES.map((phase) => {
        const phaseItems = items.filter((item) => item.phase === phase);
        const phaseProgress = progress.byPhase[phase];
        return (
          <section
            key={phase}
            aria-labelledby={`phase-${phase}-title`}
            className={`flex flex-col gap-3 ${phase === 1 ? "" : "print-new-page"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-300 pb-2 dark:border-slate-700">
              <h2 id={`phase-${phase}-title`} className="text-xl font-semibold">
                {PHASE_LABELS[phase]}
              </h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Until {formatDay(phaseEndDay(createdAt, phase, timeZone))} · {phaseProgress.done} of {phaseProgress.total} done
              </p>
            </div>
            <PhaseItems items={phaseItems} />
          </section>
        );
      })}
    </article>
  );
}

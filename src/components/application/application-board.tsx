import Link from "next/link";
import { KIND_LABELS, STAGE_LABELS, STAGES } from "@/domain/application";
import { formatDay } from "@/domain/time-zone";
import type { ApplicationView } from "@/shared/application-view";
import { StageMover } from "./stage-mover";

/** One column per stage; each card moves with a select and a button (keyboard and screen-reader friendly). */
export function ApplicationBoard({
  applications,
  coverage = {},
}: {
  applications: readonly ApplicationView[];
  /** "x of y must-haves covered" by application id, for those with a job description. */
  coverage?: Readonly<Record<string, string>>;
}) {
  return (
    <section aria-labelledby="board-title" className="flex flex-col gap-3">
      <h2 id="board-title" className="text-xl font-semibold">
        Board by stage
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {STAGES.map((stage) => {
          const inStage = applications.filter((a) => a.stage === stage);
          return (
            <section
              key={stage}
              aria-labelledby={`stage-${stage}`}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
            >
              <h3 id={`stage-${stage}`} className="font-semibold">
                {STAGE_LABELS[stage]} <span className="font-normal text-slate-700 dark:text-slate-300">({inStage.length})</span>
              </h3>
              {inStage.length === 0 ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">None</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {inStage.map((a) => {
                    const name = `${a.roleTitle} at ${a.company}`;
                    return (
                      <li key={a.id} className="flex flex-col gap-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
                        <Link
                          href={`/applications/${a.id}`}
                          className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
                        >
                          {name}
                        </Link>
                        <p className="text-sm text-slate-700 dark:text-slate-300">{KIND_LABELS[a.kind]}</p>
                        {a.followUpOn && <p className="text-sm">Follow up {formatDay(a.followUpOn)}</p>}
                        {coverage[a.id] && <p className="text-sm">{coverage[a.id]}</p>}
                        <StageMover applicationId={a.id} name={name} stage={a.stage} version={a.version} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

import Link from "next/link";
import { PATH_INFO } from "@/domain/assessment";
import { formatDay } from "@/domain/time-zone";
import { readinessBand } from "@/domain/assessment/readiness-band";
import { ChangeBadge } from "./change-badge";
import { assessmentName, type NumberedSummary } from "./assessment-names";
import type { PickedPair } from "./pick-pair";

/** How many assessments the timeline adds at a time. */
export const TIMELINE_PAGE = 10;

interface HistoryTimelineProps {
  assessments: readonly NumberedSummary[];
  /** How many of the newest to show; a link shows the next page (the URL keeps the compared pair). */
  shown: number;
  pair: PickedPair | null;
  /** The person's IANA zone: each date is their day. */
  timeZone: string;
}

/** The newest assessments, each with its change in readiness and path against the one before. */
export function HistoryTimeline({ assessments, shown, pair, timeZone }: HistoryTimelineProps) {
  const newestFirst = [...assessments].reverse().slice(0, shown);
  const hidden = assessments.length - newestFirst.length;
  const more = new URLSearchParams({ shown: String(shown + TIMELINE_PAGE) });
  if (pair) {
    more.set("a", pair.from.id);
    more.set("b", pair.to.id);
  }
  return (
    <>
      <ol className="flex flex-col gap-3">
        {newestFirst.map((a) => {
          const previous = assessments[a.number - 2];
          const pathChanged = previous && previous.recommendedPath !== a.recommendedPath;
          const date = formatDay(a.createdAt, timeZone);
          return (
            <li
              key={a.id}
              className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-4 dark:border-slate-800"
            >
              <div className="flex flex-col gap-1">
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  <span className="font-semibold text-slate-900 dark:text-slate-100">{assessmentName(a)}</span> ·{" "}
                  <time dateTime={a.createdAt.toISOString()}>{date}</time>
                  {a.number === assessments.length && assessments.length > 1 && <> · latest</>}
                </p>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span>
                    Readiness <span className="font-semibold">{readinessBand(a.readiness).label}</span>{" "}
                    <span className="tabular-nums text-slate-600 dark:text-slate-400">({a.readiness} of 100)</span>
                  </span>
                  {previous && <ChangeBadge delta={a.readiness - previous.readiness} unit="points" />}
                </p>
                <p className="text-slate-700 dark:text-slate-300">
                  Recommended: <span className="font-medium text-slate-900 dark:text-slate-100">{PATH_INFO[a.recommendedPath].label}</span>
                  {pathChanged && (
                    <span className="mt-1 block w-fit rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-700/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/40">
                      changed from {PATH_INFO[previous.recommendedPath].label}
                    </span>
                  )}
                </p>
              </div>
              <Link
                href={`/assessment/${encodeURIComponent(a.id)}`}
                className="shrink-0 self-start text-sm font-semibold text-brand-700 underline underline-offset-4 sm:self-center dark:text-brand-300"
              >
                View result
                <span className="sr-only">
                  {" "}
                  of {assessmentName(a)}, {date}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      {hidden > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          Showing the newest {newestFirst.length} of {assessments.length}.{" "}
          <Link
            href={`/history?${more.toString()}#timeline-title`}
            scroll={false}
            className="font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300"
          >
            Show {Math.min(TIMELINE_PAGE, hidden)} older
          </Link>
        </p>
      )}
    </>
  );
}

import { LEVEL_LINES, PATH_INFO, type StoredPathResult } from "@/domain/assessment";
import type { PathChange } from "@/domain/assessment/compare";
import { pathStanding } from "@/domain/assessment/scale";
import { asSentence } from "./labels";

interface PathRankingProps {
  /** All three paths, best fit first (as scoreAssessment returns them). */
  paths: readonly StoredPathResult[];
  changes?: readonly PathChange[];
  /** The top two are within CLOSE_CALL_POINTS: both get a "Close call" label. */
  closeCall?: boolean;
}

function ReasonList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h4>
      <ul className="flex list-disc flex-col gap-1 pl-5 text-slate-700 marker:text-slate-500 dark:text-slate-300">
        {items.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

/** Reasons under honest headings: for and against. Results of model 1 never split them, so they say so. */
function Reasons({ path, recommended }: { path: StoredPathResult; recommended: boolean }) {
  if (!path.pros || !path.cons) {
    return <ReasonList title="Reasons (scored by an earlier model, before reasons were split into for and against)" items={path.reasons} />;
  }
  return (
    <>
      <ReasonList title={recommended ? "Why it fits you" : "What speaks for it"} items={path.pros} />
      <ReasonList title="What speaks against it" items={path.cons} />
    </>
  );
}

export const CLOSE_CALL_BADGE =
  "rounded-full border border-amber-800 bg-amber-50 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-900 dark:border-amber-300 dark:bg-slate-900 dark:text-amber-200";

/** "was 2nd" when the path's rank moved since the previous assessment. */
function movedSince(paths: readonly StoredPathResult[], changes: readonly PathChange[] | undefined, index: number): string | null {
  if (!changes) return null;
  const before = [...changes].sort((a, b) => b.fitFrom - a.fitFrom).findIndex((c) => c.path === paths[index]!.path);
  if (before < 0 || before === index) return null;
  return `was ${["1st", "2nd", "3rd"][before] ?? `number ${before + 1}`}`;
}

/** The three transition paths, ranked; the first is the recommendation and gets the room to explain itself. */
export function PathRanking({ paths, changes, closeCall = false }: PathRankingProps) {
  return (
    <ol className="flex flex-col gap-4">
      {paths.map((path, index) => {
        const recommended = index === 0;
        const info = PATH_INFO[path.path];
        const moved = movedSince(paths, changes, index);
        const standing = pathStanding(path, index, closeCall);
        const headingId = `path-${path.path}-title`;
        return (
          <li
            key={path.path}
            aria-labelledby={headingId}
            className={`flex flex-col gap-3 rounded-xl p-5 sm:p-6 ${
              recommended
                ? "border-2 border-brand-700 bg-brand-50 dark:border-brand-300 dark:bg-slate-900"
                : "border border-slate-200 dark:border-slate-800"
            }`}
          >
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <h3 id={headingId} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-semibold">
                <span>
                  <span className="text-slate-600 dark:text-slate-400">{index + 1}.</span> {info.label}
                </span>
                {recommended && (
                  <span className="rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-brand-300 dark:text-slate-950">
                    Recommended
                  </span>
                )}
                {closeCall && index < 2 && <span className={CLOSE_CALL_BADGE}>Close call</span>}
              </h3>
              <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-700 dark:text-slate-300">
                {standing.label}
                {moved && <span className="font-normal text-slate-600 dark:text-slate-400">({moved})</span>}
              </p>
            </div>
            {/* Model 3: the title to aim for; results stored before it have no level and show no line. */}
            {path.level && <p className="font-semibold text-slate-900 dark:text-slate-100">{LEVEL_LINES[path.level]}</p>}
            {standing.notOpen && <p className="font-medium text-slate-900 dark:text-slate-100">{asSentence(standing.notOpen)}</p>}
            {recommended && <p className="text-slate-700 dark:text-slate-300">{info.description}</p>}

            <Reasons path={path} recommended={recommended} />

            {recommended && path.pros && path.wouldChangeIf?.length === 0 && (
              <div className="rounded-lg bg-white p-4 ring-1 ring-brand-700/20 dark:bg-slate-950 dark:ring-brand-300/30">
                <h4 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">What would change this</h4>
                <p className="text-slate-700 dark:text-slate-300">
                  No single change to your answers would put another path ahead: this recommendation is stable.
                </p>
              </div>
            )}
            {path.wouldChangeIf &&
              path.wouldChangeIf.length > 0 &&
              (recommended ? (
                <div className="rounded-lg bg-white p-4 ring-1 ring-brand-700/20 dark:bg-slate-950 dark:ring-brand-300/30">
                  <h4 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
                    {closeCall ? "What would tip it" : "What would change this"}
                  </h4>
                  <ul className="flex list-disc flex-col gap-1 pl-5 text-slate-700 marker:text-slate-500 dark:text-slate-300">
                    {path.wouldChangeIf.map((item) => (
                      <li key={item}>{asSentence(item)}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">
                    What would raise this path
                  </summary>
                  <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-slate-700 marker:text-slate-500 dark:text-slate-300">
                    {path.wouldChangeIf.map((item) => (
                      <li key={item}>{asSentence(item)}</li>
                    ))}
                  </ul>
                </details>
              ))}
          </li>
        );
      })}
    </ol>
  );
}

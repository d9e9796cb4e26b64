import { PATH_INFO, type PathResult, type TransitionPath } from "@/domain/assessment";
import { pathStanding } from "@/domain/assessment/scale";
import { buttonClass } from "@/components/ui/button";

interface PathSwitcherProps {
  assessmentId: string;
  /** The assessment's paths, best fit first. */
  paths: readonly PathResult[];
  recommended: TransitionPath;
  selected: TransitionPath;
}

/** Preview another path than the recommended one: a GET form, so the choice lives in the URL. */
export function PathSwitcher({ assessmentId, paths, recommended, selected }: PathSwitcherProps) {
  return (
    <form method="get" action="/plan/update" className="flex flex-col gap-2 sm:flex-row sm:items-end sm:gap-3">
      <input type="hidden" name="assessment" value={assessmentId} />
      <div className="flex min-w-0 flex-col gap-1 sm:flex-1">
        <label htmlFor="update-path" className="text-sm font-medium">
          Path your plan should follow
        </label>
        <select
          id="update-path"
          name="path"
          defaultValue={selected}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {paths.map((p, index) => (
            <option key={p.path} value={p.path}>
              {PATH_INFO[p.path].label} — {pathStanding(p, index, false).label.toLowerCase()}
              {p.path === recommended ? " (recommended)" : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "py-2.5")}>
        Preview this path
      </button>
    </form>
  );
}

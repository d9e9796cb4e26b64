import { PATH_INFO, targetFor } from "@/domain/assessment";
import { readinessBand } from "@/domain/assessment/readiness-band";
import { compareAssessments } from "@/domain/assessment/compare";
import { areaLabel } from "@/components/results/labels";
import { ChangeBadge } from "./change-badge";
import { assessmentName, shortDateWithYear, type NumberedAssessment } from "./assessment-names";
import { bodyRowClass, headRowClass, tableClass } from "./table-alternative";

/** Two assessments side by side: readiness, every area's level against its target, and the recommended path. */
export function ComparisonTable({ from, to, timeZone }: { from: NumberedAssessment; to: NumberedAssessment; timeZone: string }) {
  const changes = compareAssessments(from.result, to.result);
  const cell = "px-1.5 py-2 align-top sm:px-3";
  // Phones have no room for a fourth column: there the change sits next to the newer value instead.
  const wide = "hidden sm:table-cell";
  const narrow = "sm:hidden";
  const columnHead = (a: NumberedAssessment) => (
    <th scope="col" className={`${cell} font-semibold`}>
      {assessmentName(a)}
      <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{shortDateWithYear(a.createdAt, timeZone)}</span>
    </th>
  );

  return (
    <div className="max-w-3xl overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">
          {assessmentName(from)} compared with {assessmentName(to)}: readiness, level in each skill area against its target, and the
          recommended path
        </caption>
        <thead>
          <tr className={headRowClass}>
            <th scope="col" className="py-2 pr-2 align-bottom font-semibold sm:pr-3">
              <span className="sr-only">Measure</span>
            </th>
            {columnHead(from)}
            {columnHead(to)}
            <th scope="col" className={`${cell} ${wide} align-bottom font-semibold`}>
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className={`${bodyRowClass} bg-slate-50 dark:bg-slate-900`}>
            <th scope="row" className="py-2 pr-2 text-left font-semibold sm:pr-3">
              Readiness
            </th>
            <td className={`${cell} font-semibold`}>
              {readinessBand(changes.readiness.from).label}
              <span className="block text-xs font-normal tabular-nums text-slate-600 dark:text-slate-400">
                {changes.readiness.from} of 100
              </span>
            </td>
            <td className={`${cell} font-semibold`}>
              {readinessBand(changes.readiness.to).label}
              <span className="block text-xs font-normal tabular-nums text-slate-600 dark:text-slate-400">
                {changes.readiness.to} of 100
              </span>
              <span className={`${narrow} ml-1.5`}>
                <ChangeBadge delta={changes.readiness.delta} unit="points" />
              </span>
            </td>
            <td className={`${cell} ${wide}`}>
              <ChangeBadge delta={changes.readiness.delta} unit="points" />
            </td>
          </tr>
          {changes.areas.map((area) => (
            <tr key={area.area} className={bodyRowClass}>
              <th scope="row" className="py-2 pr-1.5 text-left font-medium sm:pr-3">
                {areaLabel(area.area)}
              </th>
              <td className={`${cell} tabular-nums`}>Level {area.ratingFrom}</td>
              <td className={`${cell} tabular-nums`}>
                Level {area.ratingTo}
                <span className={`${narrow} ml-1.5`}>
                  <ChangeBadge delta={area.ratingDelta} unit="levels" />
                </span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">target {targetFor(area.area)}</span>
              </td>
              <td className={`${cell} ${wide}`}>
                <ChangeBadge delta={area.ratingDelta} unit="levels" />
              </td>
            </tr>
          ))}
          <tr className={bodyRowClass}>
            <th scope="row" className="py-2 pr-2 text-left font-medium sm:pr-3">
              Recommended path
            </th>
            <td className={cell}>{PATH_INFO[changes.recommendation.from].label}</td>
            <td className={cell}>
              {PATH_INFO[changes.recommendation.to].label}
              <span className={`${narrow} block text-xs text-slate-600 dark:text-slate-400`}>
                {changes.recommendation.changed ? "Changed" : "Same"}
              </span>
            </td>
            <td className={`${cell} ${wide}`}>{changes.recommendation.changed ? "Changed" : "Same"}</td>
          </tr>
        </tbody>
      </table>
      {changes.modelChanged && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          These two were scored by different versions of our model, so part of the movement comes from the model.
        </p>
      )}
    </div>
  );
}

import { STAGE_LABELS } from "@/domain/application";
import { PRACTICE_TYPE_LABELS } from "@/domain/practice";
import type { SharedPlanView } from "@/server/sharing/queries";

const tableClass = "w-full max-w-md text-left text-sm";
const rowClass = "border-b border-slate-200 dark:border-slate-800";

/** What the owner chose to share besides the plan: counts and story titles only. */
export function SharedExtras({ plan }: { plan: SharedPlanView }) {
  const { applicationsByStage, practiceByType, storyTitles } = plan;
  if (!applicationsByStage && !practiceByType && !storyTitles) return null;
  return (
    <section aria-labelledby="shared-extras-title" className="flex flex-col gap-6">
      <h2 id="shared-extras-title" className="text-2xl font-semibold">
        Beyond the plan
      </h2>
      {applicationsByStage && (
        <table className={tableClass}>
          <caption className="pb-2 text-left text-lg font-semibold">Applications by stage</caption>
          <thead>
            <tr className={rowClass}>
              <th scope="col" className="py-1 pr-3">
                Stage
              </th>
              <th scope="col" className="py-1 pr-3">
                Applications
              </th>
            </tr>
          </thead>
          <tbody>
            {applicationsByStage.map((row) => (
              <tr key={row.stage} className={rowClass}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {STAGE_LABELS[row.stage]}
                </th>
                <td className="py-1 pr-3">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {practiceByType && (
        <table className={tableClass}>
          <caption className="pb-2 text-left text-lg font-semibold">Interview practice by type</caption>
          <thead>
            <tr className={rowClass}>
              <th scope="col" className="py-1 pr-3">
                Type
              </th>
              <th scope="col" className="py-1 pr-3">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {practiceByType.map((row) => (
              <tr key={row.type} className={rowClass}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {PRACTICE_TYPE_LABELS[row.type]}
                </th>
                <td className="py-1 pr-3">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {storyTitles && (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-semibold">Interview stories ({storyTitles.length})</h3>
          {storyTitles.length === 0 ? (
            <p>No stories written yet.</p>
          ) : (
            <ul aria-label="Story titles" className="list-disc pl-5">
              {storyTitles.map((title, index) => (
                <li key={index}>{title}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

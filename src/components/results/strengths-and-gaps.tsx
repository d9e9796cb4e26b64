import { BACKGROUND_PROFILES, adviceFor, type AreaResult, type AssessmentInput, type SkillArea } from "@/domain/assessment";
import { resourcesForArea } from "@/domain/resource";
import { ResourceList } from "@/components/resource/resource-list";
import { areaLabel, levels } from "./labels";

/** Resources shown under each gap: enough to start with; /resources holds the rest. */
const RESOURCES_PER_GAP = 2;

interface StrengthsAndGapsProps {
  areas: readonly AreaResult[];
  strengths: readonly SkillArea[];
  gaps: readonly SkillArea[];
}

interface BackgroundAdviceProps {
  background: AssessmentInput["currentRole"];
  gaps: readonly SkillArea[];
  /** How many of the top gaps get their own advice. */
  limit?: number;
}

const find = (areas: readonly AreaResult[], key: SkillArea) => areas.find((a) => a.area === key);

/** Strengths and gaps side by side, each named with the area label and its level against the target. */
export function StrengthsAndGaps({ areas, strengths, gaps }: StrengthsAndGapsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <h3 className="mb-3 text-lg font-semibold">Strengths</h3>
        {strengths.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            None yet: no area is rated above its entry-level target (and at level 3 or more). Meeting a target is not yet a strength, and
            starting here is normal.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {strengths.map((key) => {
              const area = find(areas, key);
              return (
                <li key={key} className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-medium">{areaLabel(key)}</span>
                  {area && (
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      level {area.rating}, target {area.target}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <h3 className="mb-3 text-lg font-semibold">Gaps to close</h3>
        {gaps.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">None: you meet the entry-level target in every area.</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {gaps.map((key) => {
              const area = find(areas, key);
              return (
                <li key={key} className="flex flex-col gap-1">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-medium">{areaLabel(key)}</span>
                    {area && (
                      <span className="text-sm text-slate-600 dark:text-slate-400">
                        level {area.rating}, target {area.target} · {levels(area.gap)} to go
                      </span>
                    )}
                  </div>
                  <ResourceList
                    resources={resourcesForArea(key, { limit: RESOURCES_PER_GAP })}
                    label={`Resources for ${areaLabel(key)}`}
                    withDescription={false}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </div>
  );
}

/** Advice written for the person's background: the move as a whole, then each of the top gaps. */
export function BackgroundAdvice({ background, gaps, limit = 3 }: BackgroundAdviceProps) {
  const profile = BACKGROUND_PROFILES[background];
  const focus = gaps.slice(0, limit);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-700 dark:text-slate-300">{profile.general}</p>
      {focus.length > 0 && (
        <ul className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-4">
          {focus.map((area) => (
            <li key={area} className="flex flex-col gap-2 rounded-xl bg-slate-50 p-5 dark:bg-slate-900">
              <h3 className="font-semibold text-slate-900 dark:text-slate-100">{areaLabel(area)}</h3>
              <p className="text-slate-700 dark:text-slate-300">{adviceFor(background, area)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { SKILL_MODEL } from "@/domain/assessment/skills";
import { RESOURCE_KIND_LABELS, RESOURCE_KINDS, RESOURCE_TOPIC_LABELS, RESOURCE_TOPICS } from "@/domain/resource";
import { buttonClass } from "@/components/ui/button";

const selectClass =
  "w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
const errorClass = "text-sm font-medium text-red-700 dark:text-red-400";

interface ResourceFilterFormProps {
  area?: string;
  kind?: string;
  fieldErrors: { area?: string; kind?: string };
}

/** A plain GET form: the filter lives in the URL (?area=…&kind=…), so it works without JavaScript. */
export function ResourceFilterForm({ area, kind, fieldErrors }: ResourceFilterFormProps) {
  return (
    <form
      method="get"
      action="/resources"
      aria-label="Filter resources"
      className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_1fr_auto]"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="resource-area" className="text-sm font-medium">
          Skill area or step
        </label>
        <select
          id="resource-area"
          name="area"
          defaultValue={area ?? ""}
          className={selectClass}
          aria-invalid={fieldErrors.area ? true : undefined}
          aria-describedby={fieldErrors.area ? "resource-area-error" : undefined}
        >
          <option value="">All areas and steps</option>
          <optgroup label="Skill areas">
            {SKILL_AREAS.map((a) => (
              <option key={a} value={a}>
                {SKILL_MODEL[a].label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Plan steps">
            {RESOURCE_TOPICS.map((t) => (
              <option key={t} value={t}>
                {RESOURCE_TOPIC_LABELS[t]}
              </option>
            ))}
          </optgroup>
        </select>
        {fieldErrors.area && (
          <p id="resource-area-error" className={errorClass}>
            {fieldErrors.area}
          </p>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="resource-kind" className="text-sm font-medium">
          Kind
        </label>
        <select
          id="resource-kind"
          name="kind"
          defaultValue={kind ?? ""}
          className={selectClass}
          aria-invalid={fieldErrors.kind ? true : undefined}
          aria-describedby={fieldErrors.kind ? "resource-kind-error" : undefined}
        >
          <option value="">All kinds</option>
          {RESOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {RESOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {fieldErrors.kind && (
          <p id="resource-kind-error" className={errorClass}>
            {fieldErrors.kind}
          </p>
        )}
      </div>
      <button type="submit" className={buttonClass("secondary", "py-2.5")}>
        Show resources
      </button>
    </form>
  );
}

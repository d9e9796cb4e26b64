import type { ReactNode } from "react";

/** The DOM id of the control for a dotted answer path ("company.tenureYears" → "q-company-tenureYears"). */
export function fieldId(path: string): string {
  return `q-${path.replace(/\./g, "-")}`;
}

export const hintClass = "text-sm text-slate-600 dark:text-slate-400";
const errorClass = "text-sm font-medium text-red-700 dark:text-red-400";
/** A red bar beside a question with an error, drawn in the page gutter so nothing inside moves. */
const invalidBarClass = "-ml-4 border-l-4 border-red-700 pl-3 dark:border-red-400";

export interface Choice<V> {
  value: V;
  label: ReactNode;
  /** Shown under the label and announced as the option's description. */
  description?: ReactNode;
}

const layouts = {
  list: "grid gap-2",
  yesNo: "grid max-w-sm grid-cols-2 gap-2",
  cards: "grid gap-2 min-[420px]:grid-cols-2 lg:grid-cols-3",
  scale: "grid gap-2 lg:grid-cols-5",
} as const;

interface ChoiceGroupProps<V extends string | number | boolean> {
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  errors?: string[];
  layout?: keyof typeof layouts;
}

/**
 * A question answered by picking one option: native radio inputs in a fieldset, so arrow keys move
 * between options and Tab moves past the group. The whole card is the click target.
 */
export function ChoiceGroup<V extends string | number | boolean>({
  path,
  legend,
  hint,
  choices,
  value,
  onChange,
  errors,
  layout = "list",
}: ChoiceGroupProps<V>) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    // role="radiogroup" (allowed on fieldset) is what lets the group itself carry aria-invalid.
    <fieldset
      id={id}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={errorId ? true : undefined}
      className={`min-w-0 ${errorId ? invalidBarClass : ""}`}
    >
      <legend id={`${id}-legend`} className="text-base font-semibold">
        {legend}
      </legend>
      {hint && (
        <p id={hintId} className={`mt-1 ${hintClass}`}>
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className={`mt-1 ${errorClass}`}>
          {errors!.join(" ")}
        </p>
      )}
      <div className={`mt-3 ${layouts[layout]}`}>
        {choices.map((choice, index) => {
          const optionId = `${id}-${index}`;
          const descriptionId = choice.description ? `${optionId}-description` : undefined;
          return (
            <label
              key={String(choice.value)}
              htmlFor={optionId}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2.5 hover:border-slate-500 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-400 dark:has-checked:border-brand-300 dark:has-checked:bg-brand-900/40 dark:has-checked:ring-brand-300"
            >
              <input
                type="radio"
                id={optionId}
                name={id}
                value={String(choice.value)}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={descriptionId}
                className="mt-1 size-4 shrink-0 accent-brand-700 dark:accent-brand-300"
              />
              <span className="flex min-w-0 flex-col gap-1">
                <span id={`${optionId}-label`} className="font-medium">
                  {choice.label}
                </span>
                {choice.description && (
                  <span id={descriptionId} className="text-sm text-slate-700 dark:text-slate-300">
                    {choice.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export const YES_NO: readonly Choice<boolean>[] = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
];

interface YearsFieldProps {
  path: string;
  label: string;
  hint: string;
  value: string | undefined;
  onChange: (value: string) => void;
  errors?: string[];
}

/**
 * Years typed as text with a numeric keypad (not type="number", which silently empties "1,5" and changes
 * on a stray scroll); form-answers.ts turns the text into a number before validation.
 */
export function YearsField({ path, label, hint, value, onChange, errors }: YearsFieldProps) {
  const id = fieldId(path);
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${errorId ? invalidBarClass : ""}`}>
      <label htmlFor={id} className="text-base font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        {hint}
      </p>
      {errorId && (
        <p id={errorId} className={errorClass}>
          {errors!.join(" ")}
        </p>
      )}
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          name={path}
          value={value ?? ""}
          onChange={(event) => onChange(event.target.value)}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          maxLength={6}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
          className={`w-24 rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
            errorId ? "border-red-700 dark:border-red-400" : "border-slate-500 dark:border-slate-500"
          }`}
        />
        <span aria-hidden="true" className="text-slate-700 dark:text-slate-300">
          years
        </span>
      </div>
    </div>
  );
}

import type { SelectHTMLAttributes } from "react";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
}

/** A labelled select whose errors are announced with it. */
export function SelectField({ name, label, options, errors, id = name, className = "", ...props }: SelectFieldProps) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    // min-w-0 and w-full: a select is as wide as its longest option (a long application's name) unless held.
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className={`w-full min-w-0 max-w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
          errorId ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        } ${className}`}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

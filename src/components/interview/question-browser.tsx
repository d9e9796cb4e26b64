"use client";

import Link from "next/link";
import { useMemo, useState, type ChangeEvent } from "react";
import { SKILL_AREAS, SKILL_MODEL } from "@/domain/assessment";
import { DIFFICULTIES, DIFFICULTY_LABELS, filterQuestions, THEME_LABELS, THEMES, type QuestionFilter } from "@/domain/interview";
import { PRACTICE_TYPE_LABELS, PRACTICE_TYPES } from "@/domain/practice";
import { SelectField } from "@/components/ui/select-field";
import { buttonClass } from "@/components/ui/button";

const any = { value: "", label: "Any" };

/**
 * The bank, filtered by type, area, difficulty and theme. Without JavaScript the filters are a GET form; with
 * it, the list follows each change at once (no reload) and the address keeps the filters.
 */
export function QuestionBrowser({ initial }: { initial: QuestionFilter }) {
  const [filter, setFilter] = useState<QuestionFilter>(initial);
  const questions = useMemo(() => filterQuestions(filter), [filter]);

  function change(event: ChangeEvent<HTMLSelectElement>) {
    const next = { ...filter, [event.target.name]: event.target.value || undefined };
    if (next.type && next.type !== "behavioural") delete next.theme;
    setFilter(next);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, String(value));
    window.history.replaceState(null, "", `/interview${params.size ? `?${params}` : ""}#bank`);
  }

  return (
    <div className="flex flex-col gap-4">
      <form method="get" action="/interview#bank" aria-label="Filter questions" className="grid gap-4 sm:grid-cols-4">
        <SelectField
          id="filter-type"
          name="type"
          label="Type"
          options={[any, ...PRACTICE_TYPES.map((t) => ({ value: t, label: PRACTICE_TYPE_LABELS[t] }))]}
          value={filter.type ?? ""}
          onChange={change}
        />
        <SelectField
          id="filter-area"
          name="area"
          label="Skill area"
          options={[any, ...SKILL_AREAS.map((a) => ({ value: a, label: SKILL_MODEL[a].label }))]}
          value={filter.area ?? ""}
          onChange={change}
        />
        <SelectField
          id="filter-difficulty"
          name="difficulty"
          label="Difficulty"
          options={[any, ...DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))]}
          value={filter.difficulty ?? ""}
          onChange={change}
        />
        <SelectField
          id="filter-theme"
          name="theme"
          label="Theme (behavioural)"
          options={[any, ...THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))]}
          value={filter.theme ?? ""}
          onChange={change}
        />
        <noscript>
          <button type="submit" className={buttonClass("secondary")}>
            Filter
          </button>
        </noscript>
      </form>
      <p aria-live="polite" className="text-sm font-medium">
        {questions.length} question{questions.length === 1 ? "" : "s"}
      </p>
      <ul aria-label="Questions" className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
        {questions.map((q) => (
          <li key={q.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
            <div>
              <p>{q.text}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {PRACTICE_TYPE_LABELS[q.type]} · {DIFFICULTY_LABELS[q.difficulty]} · {q.areas.map((a) => SKILL_MODEL[a].label).join(", ")}
                {q.theme ? ` · ${THEME_LABELS[q.theme]}` : ""}
              </p>
            </div>
            <Link
              href={`/interview?q=${q.id}#practice`}
              className="shrink-0 font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              Practise<span className="sr-only"> “{q.text}”</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

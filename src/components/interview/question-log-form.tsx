"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SKILL_MODEL } from "@/domain/assessment";
import type { Question } from "@/domain/interview";
import { WITH_WHOM, WITH_WHOM_LABELS } from "@/domain/practice";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { DateField, NotesField } from "@/components/ui/record-fields";
import { SelectField } from "@/components/ui/select-field";
import type { ActionResult } from "@/shared/action-result";
import { logPracticeAction } from "@/server/practice/actions";

const scoreOptions = [{ value: "", label: "Choose 1–5" }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];

/** Logs one practised question into the practice log: self-scores on exactly the areas it tests, and notes. */
export function QuestionLogForm({ question, today }: { question: Question; today: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const scores = Object.fromEntries(
      question.areas.flatMap((area) => {
        const value = data.get(`score-${area}`);
        return value ? [[area, Number(value)]] : [];
      }),
    );
    const outcome = await logPracticeAction({
      type: question.type,
      questionId: question.id,
      heldOn: data.get("heldOn"),
      withWhom: data.get("withWhom"),
      scores,
      notes: data.get("notes"),
    });
    setResult(outcome);
    if (outcome.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  return (
    <form ref={form} onSubmit={submit} aria-label="Log this question" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? "Logged in your practice log." : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField id="log-date" name="heldOn" label="Date" value={today} required errors={errors.heldOn} />
        <SelectField
          id="log-with"
          name="withWhom"
          label="With whom"
          options={WITH_WHOM.map((w) => ({ value: w, label: WITH_WHOM_LABELS[w] }))}
          defaultValue="self"
          errors={errors.withWhom}
        />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-semibold">Your score on the areas this question tests (1 = struggled, 5 = nailed it)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {question.areas.map((area) => (
            <SelectField
              key={area}
              id={`log-score-${area}`}
              name={`score-${area}`}
              label={`${SKILL_MODEL[area].label} score`}
              options={scoreOptions}
              defaultValue=""
              errors={errors[`scores.${area}`]}
            />
          ))}
        </div>
      </fieldset>
      <NotesField id="log-notes" errors={errors.notes} />
      <div>
        <Button type="submit">Log practice</Button>
      </div>
    </form>
  );
}

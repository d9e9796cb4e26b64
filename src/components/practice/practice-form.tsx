"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SKILL_MODEL } from "@/domain/assessment";
import { NOTES_MAX } from "@/domain/application";
import { AREAS_TESTED, PRACTICE_TYPE_LABELS, PRACTICE_TYPES, WITH_WHOM, WITH_WHOM_LABELS, type PracticeType } from "@/domain/practice";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { logPracticeAction } from "@/server/practice/actions";

const scoreOptions = [{ value: "", label: "Choose 1–5" }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];

/** Logs a session; the score fields follow the type, so only the areas that type tests are asked for. */
export function PracticeForm({ today }: { today: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [type, setType] = useState<PracticeType>("product_sense");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const scores = Object.fromEntries(
      AREAS_TESTED[type].flatMap((area) => {
        const value = data.get(`score-${area}`);
        return value ? [[area, Number(value)]] : [];
      }),
    );
    const outcome = await logPracticeAction({
      type,
      heldOn: data.get("heldOn"),
      withWhom: data.get("withWhom"),
      scores,
      notes: data.get("notes"),
    });
    setResult(outcome);
    if (outcome.ok) {
      form.current?.reset();
      setType("product_sense");
      router.refresh();
    }
  }

  return (
    <form ref={form} onSubmit={submit} aria-label="Log a practice session" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? "Session logged." : null} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="practice-type"
          name="type"
          label="Type of interview"
          options={PRACTICE_TYPES.map((t) => ({ value: t, label: PRACTICE_TYPE_LABELS[t] }))}
          value={type}
          onChange={(event) => setType(event.target.value as PracticeType)}
          errors={errors.type}
        />
        <TextField id="practice-date" name="heldOn" label="Date" type="date" defaultValue={today} required errors={errors.heldOn} />
        <SelectField
          id="practice-with"
          name="withWhom"
          label="With whom"
          options={WITH_WHOM.map((w) => ({ value: w, label: WITH_WHOM_LABELS[w] }))}
          defaultValue="peer"
          errors={errors.withWhom}
        />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-semibold">Your score on the areas this type tests (1 = struggled, 5 = nailed it)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {AREAS_TESTED[type].map((area) => (
            <SelectField
              key={`${type}-${area}`}
              id={`score-${area}`}
              name={`score-${area}`}
              label={`${SKILL_MODEL[area].label} score`}
              options={scoreOptions}
              defaultValue=""
              errors={errors[`scores.${area}`]}
            />
          ))}
        </div>
      </fieldset>
      <TextArea id="practice-notes" name="notes" label="Notes" max={NOTES_MAX} errors={errors.notes} />
      <div>
        <Button type="submit">Log session</Button>
      </div>
    </form>
  );
}

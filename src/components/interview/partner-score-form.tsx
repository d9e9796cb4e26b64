"use client";

import { useState, type FormEvent } from "react";
import { ChoiceGroup, type Choice } from "@/components/assessment/fields";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { LEVEL_NAMES, SKILL_LEVELS, SKILL_MODEL, type SkillArea } from "@/domain/assessment";
import { PARTNER_NAME_MAX, PARTNER_NOTE_MAX, type Question } from "@/domain/interview";
import type { ActionResult } from "@/shared/action-result";
import { scoreMockAction } from "@/server/interview/mock-actions";

/** 0 stands for "not sure": the area is left out of what is sent. */
const NOT_SURE = 0;

function levelChoices(area: SkillArea): readonly Choice<number>[] {
  return [
    ...SKILL_LEVELS.map((level) => ({
      value: level,
      label: `${level} · ${LEVEL_NAMES[level - 1]}`,
      description: SKILL_MODEL[area].levels[level - 1],
    })),
    { value: NOT_SURE, label: "Not sure", description: "The answer didn't show enough of this area to say." },
  ];
}

/** The partner's rubric for one question: the questionnaire's level anchors on each area it tests. */
export function PartnerScoreForm({ token, question, ownerName }: { token: string; question: Question; ownerName: string }) {
  const [scores, setScores] = useState<Partial<Record<SkillArea, number>>>({});
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const prefix = `partner-${question.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const outcome = await scoreMockAction({
      token,
      questionId: question.id,
      scores: Object.fromEntries(Object.entries(scores).filter(([, value]) => value !== NOT_SURE)),
      partnerName: data.get("partnerName") ?? "",
      note: data.get("note") ?? "",
    });
    setPending(false);
    setResult(outcome);
  }

  if (result?.ok) {
    return (
      <p
        role="status"
        className="rounded-md border border-green-700 bg-green-50 p-4 font-semibold text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
      >
        Thank you. Your scores were sent to {ownerName}.
      </p>
    );
  }

  return (
    <form onSubmit={submit} aria-label={`Score ${ownerName}'s answer`} className="flex flex-col gap-6" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      {errors.scores && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.scores.join(" ")}
        </p>
      )}
      {question.areas.map((area) => (
        <ChoiceGroup
          key={area}
          path={`${prefix}.${area}`}
          legend={SKILL_MODEL[area].label}
          hint={SKILL_MODEL[area].description}
          choices={levelChoices(area)}
          value={scores[area]}
          onChange={(value) => setScores((current) => ({ ...current, [area]: value }))}
          errors={errors[`scores.${area}`]}
        />
      ))}
      <div className="grid gap-4 sm:max-w-xl">
        <TextField
          id={`${prefix}-name`}
          name="partnerName"
          label="Your name (optional)"
          maxLength={PARTNER_NAME_MAX}
          autoComplete="name"
          errors={errors.partnerName}
        />
        <TextArea id={`${prefix}-note`} name="note" label="A short note (optional)" max={PARTNER_NOTE_MAX} errors={errors.note} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send my scores"}
        </Button>
      </div>
    </form>
  );
}

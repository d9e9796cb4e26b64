"use client";

import { useState, type FormEvent } from "react";
import { ChoiceGroup, type Choice } from "@/components/assessment/fields";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { LEVEL_NAMES, SKILL_AREAS, SKILL_LEVELS, SKILL_MODEL, type SkillArea } from "@/domain/assessment";
import { MENTOR_NAME_MAX, MENTOR_NOTE_MAX } from "@/domain/mentor";
import type { ActionResult } from "@/shared/action-result";
import { rateSharedPlanAction } from "@/server/sharing/mentor-actions";

/** 0 stands for "not sure": the area is left out of what is sent. */
const NOT_SURE = 0;

function levelChoices(area: SkillArea): readonly Choice<number>[] {
  return [
    ...SKILL_LEVELS.map((level) => ({
      value: level,
      label: `${level} · ${LEVEL_NAMES[level - 1]}`,
      description: SKILL_MODEL[area].levels[level - 1],
    })),
    { value: NOT_SURE, label: "Not sure", description: "You haven't seen enough of this area to say." },
  ];
}

/**
 * The mentor's blind rating: the same areas and level descriptions as the questionnaire, and nothing of the
 * owner's own ratings (the page never has them). After sending, only a thank-you is shown.
 */
export function MentorRatingForm({ token, ownerName }: { token: string; ownerName: string }) {
  const [ratings, setRatings] = useState<Partial<Record<SkillArea, number>>>({});
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const chosen = Object.fromEntries(Object.entries(ratings).filter(([, value]) => value !== NOT_SURE));
    const outcome = await rateSharedPlanAction({
      token,
      ratings: chosen,
      mentorName: data.get("mentorName") ?? "",
      note: data.get("note") ?? "",
    });
    setPending(false);
    setResult(outcome);
  }

  if (result?.ok) {
    return (
      <div
        role="status"
        className="rounded-md border border-green-700 bg-green-50 p-4 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
      >
        <p className="font-semibold">Thank you. Your ratings were sent to {ownerName}.</p>
        <p>They will see them next to their own, and which areas the two of you see differently.</p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} aria-label={`Rate ${ownerName}'s skills`} className="flex flex-col gap-8" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      {errors.ratings && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.ratings.join(" ")}
        </p>
      )}
      {SKILL_AREAS.map((area) => (
        <ChoiceGroup
          key={area}
          path={`mentor.${area}`}
          legend={SKILL_MODEL[area].label}
          hint={SKILL_MODEL[area].description}
          choices={levelChoices(area)}
          value={ratings[area]}
          onChange={(value) => setRatings((current) => ({ ...current, [area]: value }))}
          errors={errors[`ratings.${area}`]}
        />
      ))}
      <div className="grid gap-4 sm:max-w-xl">
        <TextField
          id="mentor-name"
          name="mentorName"
          label="Your name (optional)"
          hint={`So ${ownerName} knows whose view this is.`}
          maxLength={MENTOR_NAME_MAX}
          autoComplete="name"
          errors={errors.mentorName}
        />
        <TextArea id="mentor-note" name="note" label="A short note (optional)" max={MENTOR_NOTE_MAX} errors={errors.note} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send my ratings"}
        </Button>
      </div>
    </form>
  );
}

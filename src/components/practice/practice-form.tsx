"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SKILL_MODEL } from "@/domain/assessment";
import { areasScored, PRACTICE_TYPE_LABELS, PRACTICE_TYPES, WITH_WHOM, WITH_WHOM_LABELS, type PracticeType } from "@/domain/practice";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { DateField, NotesField } from "@/components/ui/record-fields";
import type { NoticeHandler } from "@/components/ui/versioned-editor";
import type { ActionResult } from "@/shared/action-result";
import { logPracticeAction, updatePracticeAction } from "@/server/practice/actions";
import type { PracticeView } from "@/shared/practice-view";

const scoreOptions = [{ value: "", label: "Choose 1–5" }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];

/**
 * Logs a session (or edits one); the score fields follow the type, so only the areas that type tests are asked
 * for. An edit names the version it read: a stale save is refused and the latest version is loaded.
 */
export function PracticeForm({
  today,
  session,
  label,
  onNotice,
}: {
  today: string;
  session?: PracticeView;
  label?: string;
  /** Told when an edit was refused because the session changed elsewhere (the form then reloads). */
  onNotice?: NoticeHandler;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [type, setType] = useState<PracticeType>(session?.type ?? "product_sense");
  const prefix = session ? `practice-${session.id}` : "practice";
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  // A session of a bank question is scored on that question's areas; changing its type lets go of the question.
  const questionId = session?.questionId && type === session.type ? session.questionId : null;
  const tested = areasScored(type, questionId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const scores = Object.fromEntries(
      tested.flatMap((area) => {
        const value = data.get(`score-${area}`);
        return value ? [[area, Number(value)]] : [];
      }),
    );
    const fields = {
      type,
      heldOn: data.get("heldOn"),
      withWhom: data.get("withWhom"),
      scores,
      notes: data.get("notes"),
      ...(questionId ? { questionId } : {}),
    };
    const outcome = session
      ? await updatePracticeAction({ ...fields, sessionId: session.id, version: session.version })
      : await logPracticeAction(fields);
    setResult(outcome);
    onNotice?.(
      outcome.ok ? { tone: "success", message: "Saved." } : outcome.code === "STALE" ? { tone: "error", message: outcome.message } : null,
    );
    if (outcome.ok && !session) {
      form.current?.reset();
      setType("product_sense");
    }
    if (outcome.ok || outcome.code === "STALE") router.refresh();
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label={session ? `Edit ${label ?? "practice session"}` : "Log a practice session"}
      className="flex flex-col gap-4"
      noValidate
    >
      {/* A refused stale edit is shown by the editor around the form, which outlives its reload. */}
      <FormAlert message={result && !result.ok && !(onNotice && result.code === "STALE") ? result.message : null} />
      <FormAlert tone="success" message={result?.ok && !onNotice ? (session ? "Saved." : "Session logged.") : null} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id={`${prefix}-type`}
          name="type"
          label="Type of interview"
          options={PRACTICE_TYPES.map((t) => ({ value: t, label: PRACTICE_TYPE_LABELS[t] }))}
          value={type}
          onChange={(event) => setType(event.target.value as PracticeType)}
          errors={errors.type}
        />
        <DateField id={`${prefix}-date`} name="heldOn" label="Date" value={session?.heldOn ?? today} required errors={errors.heldOn} />
        <SelectField
          id={`${prefix}-with`}
          name="withWhom"
          label="With whom"
          options={WITH_WHOM.map((w) => ({ value: w, label: WITH_WHOM_LABELS[w] }))}
          defaultValue={session?.withWhom ?? "peer"}
          errors={errors.withWhom}
        />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-semibold">Your score on the areas this type tests (1 = struggled, 5 = nailed it)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {tested.map((area) => (
            <SelectField
              key={`${type}-${area}`}
              id={`${prefix}-score-${area}`}
              name={`score-${area}`}
              label={`${SKILL_MODEL[area].label} score`}
              options={scoreOptions}
              defaultValue={session?.type === type && session.scores[area] ? String(session.scores[area]) : ""}
              errors={errors[`scores.${area}`]}
            />
          ))}
        </div>
      </fieldset>
      <NotesField id={`${prefix}-notes`} value={session?.notes} errors={errors.notes} />
      <div>
        <Button type="submit">{session ? "Save session" : "Log session"}</Button>
      </div>
    </form>
  );
}

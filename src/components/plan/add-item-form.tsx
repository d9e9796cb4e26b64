"use client";

import { useRef, useState, type FormEvent } from "react";
import { PHASE_LABELS, PLAN_PHASES, type PlanPhase } from "@/domain/plan";
import { addCustomItemSchema } from "@/domain/plan/schemas";
import { fieldErrorsOf } from "@/shared/action-result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import type { PlanBoardApi } from "./use-plan-board";

interface AddItemFormProps {
  /** The phase the plan is in today: the likeliest home for a new step. */
  defaultPhase: PlanPhase;
  addCustom: PlanBoardApi["addCustom"];
  announce: (text: string) => void;
}

/** Adds a step of the user's own. The form clears on success and keeps focus where the user was. */
export function AddItemForm({ defaultPhase, addCustom, announce }: AddItemFormProps) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const parsed = addCustomItemSchema.safeParse({
      title: data.get("title"),
      detail: data.get("detail"),
      phase: Number(data.get("phase")),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      document.getElementById("new-item-title")?.focus();
      return;
    }
    setPending(true);
    const outcome = await addCustom(parsed.data);
    setPending(false);
    if (!outcome.ok) {
      setErrors(outcome.fieldErrors);
      setFailure(outcome.message);
      return;
    }
    setErrors({});
    setFailure(null);
    form.current?.reset();
    announce(`Added “${parsed.data.title}” to ${PHASE_LABELS[parsed.data.phase]}.`);
  }

  return (
    <section
      aria-labelledby="add-item-title"
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-400 p-5 dark:border-slate-600"
    >
      <h2 id="add-item-title" className="text-xl font-semibold">
        Add your own step
      </h2>
      <form ref={form} onSubmit={submit} className="grid gap-4 sm:grid-cols-[2fr_1fr]" noValidate>
        {failure && (
          <div className="sm:col-span-2">
            <FormAlert message={failure} />
          </div>
        )}
        <TextField id="new-item-title" name="title" label="Title" required errors={errors.title} />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-item-phase" className="text-sm font-medium">
            Phase
          </label>
          <select
            id="new-item-phase"
            name="phase"
            defaultValue={defaultPhase}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            {PLAN_PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {PHASE_LABELS[phase]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="new-item-detail" className="text-sm font-medium">
            Description (optional)
          </label>
          <textarea
            id="new-item-detail"
            name="detail"
            rows={2}
            aria-invalid={errors.detail ? true : undefined}
            aria-describedby={errors.detail ? "new-item-detail-error" : undefined}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          {errors.detail && (
            <p id="new-item-detail-error" className="text-sm font-medium text-red-700 dark:text-red-400">
              {errors.detail.join(" ")}
            </p>
          )}
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? "Adding…" : "Add step"}
          </Button>
        </div>
      </form>
    </section>
  );
}

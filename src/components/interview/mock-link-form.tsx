"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Question } from "@/domain/interview";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { createMockLinkAction } from "@/server/interview/mock-actions";

/**
 * Creates a mock link for this question, or for it and two more of its type. The link is shown once (only its
 * hash is stored), to copy and send to a partner.
 */
export function MockLinkForm({ question, companions }: { question: Question; companions: readonly Question[] }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ token: string }> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const questionIds = data.get("set") === "three" ? [question.id, ...companions.map((q) => q.id)] : [question.id];
    setPending(true);
    const outcome = await createMockLinkAction({ questionIds, label: data.get("label") ?? "" });
    setPending(false);
    setResult(outcome);
    if (outcome.ok) router.refresh();
  }

  const url = result?.ok ? `${window.location.origin}/mock/${result.data.token}` : null;
  return (
    <form onSubmit={submit} aria-label="Create a mock link" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">Questions</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="set" value="one" defaultChecked className="h-4 w-4" />
          This question only
        </label>
        {companions.length === 2 && (
          <label className="flex items-center gap-2">
            <input type="radio" name="set" value="three" className="h-4 w-4" />
            This question and two more of its type
          </label>
        )}
      </fieldset>
      <TextField id="mock-label" name="label" label="Who it is for (optional, only you see it)" maxLength={60} errors={errors.label} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create mock link"}
        </Button>
      </div>
      {url && (
        <div role="status" className="flex flex-col gap-1">
          <p className="font-semibold">Link created. Copy it now: it is shown only once and works for 7 days.</p>
          <TextField
            id="mock-url"
            name="mockUrl"
            label="Mock link"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </form>
  );
}

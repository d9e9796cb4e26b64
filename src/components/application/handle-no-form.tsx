"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { saveHandleNoAction } from "@/server/application/actions";
import type { ApplicationView } from "@/shared/application-view";

/** After a rejection: what to learn from it and whom to ask for feedback (the plan's "handle a no" step). */
export function HandleNoForm({ application }: { application: ApplicationView }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = await saveHandleNoAction({
      applicationId: application.id,
      version: application.version,
      lesson: data.get("lesson"),
      feedbackFrom: data.get("feedbackFrom"),
    });
    setResult(outcome);
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label="Handle a no" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? "Saved. Book your next step within a week." : null} />
      <TextArea
        id="handle-no-lesson"
        name="lesson"
        label="What will you learn from it?"
        max={2_000}
        defaultValue={application.lesson}
        errors={errors.lesson}
      />
      <TextField
        id="handle-no-feedback"
        name="feedbackFrom"
        label="Whom will you ask for feedback?"
        hint="The recruiter, the hiring manager or someone who referred you."
        defaultValue={application.feedbackFrom}
        errors={errors.feedbackFrom}
      />
      <div>
        <Button type="submit" variant="secondary">
          Save what you&apos;ll do next
        </Button>
      </div>
    </form>
  );
}

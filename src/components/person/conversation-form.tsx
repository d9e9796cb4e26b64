"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { DateField, NotesField } from "@/components/ui/record-fields";
import type { ActionResult } from "@/shared/action-result";
import { logConversationAction } from "@/server/person/actions";

/** Logs an informational conversation with one person; `today` is the user's day, as the default date. */
export function ConversationForm({ personId, today }: { personId: string; today: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = await logConversationAction({ personId, heldOn: data.get("heldOn"), notes: data.get("notes") });
    setResult(outcome);
    if (outcome.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  return (
    <form ref={form} onSubmit={submit} aria-label="Log a conversation" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? "Conversation logged." : null} />
      <DateField id="conversation-date" name="heldOn" label="Date" value={today} required errors={errors.heldOn} />
      <NotesField id="conversation-notes" label="What you talked about" errors={errors.notes} />
      <div>
        <Button type="submit" variant="secondary">
          Log conversation
        </Button>
      </div>
    </form>
  );
}

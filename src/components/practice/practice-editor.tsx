"use client";

import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { PracticeView } from "@/server/practice/queries";
import { PracticeForm } from "./practice-form";

/**
 * Edits one session. The form is keyed by version so that, after a save from a stale page is refused, it
 * shows the latest values; the refusal is kept here, outside the form, so it survives that reload.
 */
export function PracticeEditor({ session, label }: { session: PracticeView; label: string }) {
  const [conflict, setConflict] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={conflict} />
      <PracticeForm key={session.version} today={session.heldOn} session={session} label={label} onConflict={setConflict} />
    </div>
  );
}

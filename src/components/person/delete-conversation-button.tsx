"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteConversationAction } from "@/server/person/actions";

/** Two steps, so a stray click never deletes; `label` names the conversation for screen readers. */
export function DeleteConversationButton({ conversationId, label }: { conversationId: string; label: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> the {label}</span>…
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {error && <p role="alert">{error}</p>}
      <p>Delete this conversation?</p>
      <Button
        variant="danger"
        onClick={async () => {
          const outcome = await deleteConversationAction({ conversationId });
          if (outcome.ok) router.refresh();
          else setError(outcome.message);
        }}
      >
        Yes, delete<span className="sr-only"> the {label}</span>
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
    </div>
  );
}

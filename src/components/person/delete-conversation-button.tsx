"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteConversationAction } from "@/server/person/actions";

/** `label` names the conversation for screen readers. */
export function DeleteConversationButton({ conversationId, label }: { conversationId: string; label: string }) {
  return (
    <ConfirmDelete
      trigger={
        <>
          Delete<span className="sr-only"> the {label}</span>…
        </>
      }
      question="Delete this conversation?"
      confirm={
        <>
          Yes, delete<span className="sr-only"> the {label}</span>
        </>
      }
      remove={() => deleteConversationAction({ conversationId })}
    />
  );
}

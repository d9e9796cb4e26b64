"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteApplicationAction } from "@/server/application/actions";

export function DeleteApplicationButton({ applicationId, name }: { applicationId: string; name: string }) {
  return (
    <ConfirmDelete
      trigger="Delete application…"
      question={`Delete ${name} and its stage history?`}
      confirm="Yes, delete"
      remove={() => deleteApplicationAction({ applicationId })}
      goTo="/applications"
    />
  );
}

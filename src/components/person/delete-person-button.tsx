"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deletePersonAction } from "@/server/person/actions";

export function DeletePersonButton({ personId, name }: { personId: string; name: string }) {
  return (
    <ConfirmDelete
      trigger="Delete person…"
      question={`Delete ${name} and the conversations you logged?`}
      confirm="Yes, delete"
      cancel="Keep"
      remove={() => deletePersonAction({ personId })}
      goTo="/people"
    />
  );
}

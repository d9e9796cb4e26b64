"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { deletePersonAction } from "@/server/person/actions";

/** Two steps, so a stray click never deletes. */
export function DeletePersonButton({ personId, name }: { personId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    const outcome = await deletePersonAction({ personId });
    if (outcome.ok) router.push("/people");
    else setError(outcome.message);
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p>Delete {name} and the conversations you logged?</p>
          <Button variant="danger" onClick={remove}>
            Yes, delete
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete person…
          </Button>
        </div>
      )}
    </div>
  );
}

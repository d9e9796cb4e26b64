"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { deleteApplicationAction } from "@/server/application/actions";

/** Two steps, so a stray click never deletes: "Delete…" then "Yes, delete". */
export function DeleteApplicationButton({ applicationId, name }: { applicationId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    const outcome = await deleteApplicationAction({ applicationId });
    if (outcome.ok) router.push("/applications");
    else setError(outcome.message);
  }

  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p>Delete {name} and its stage history?</p>
          <Button variant="danger" onClick={remove}>
            Yes, delete
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete application…
          </Button>
        </div>
      )}
    </div>
  );
}

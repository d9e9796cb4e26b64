"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteMentorRatingAction } from "@/server/sharing/mentor-actions";

/** Two steps, so a stray click never deletes. */
export function DeleteMentorRatingButton({ ratingId, name }: { ratingId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> the rating from {name}</span>…
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {error && <p role="alert">{error}</p>}
      <Button
        variant="danger"
        onClick={async () => {
          const outcome = await deleteMentorRatingAction({ ratingId });
          if (outcome.ok) router.refresh();
          else setError(outcome.message);
        }}
      >
        Yes, delete<span className="sr-only"> the rating from {name}</span>
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
    </div>
  );
}

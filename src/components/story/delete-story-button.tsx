"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteStoryAction } from "@/server/story/actions";

export function DeleteStoryButton({ storyId, title }: { storyId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> story {title}</span>…
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
          const outcome = await deleteStoryAction({ storyId });
          if (outcome.ok) router.refresh();
          else setError(outcome.message);
        }}
      >
        Yes, delete<span className="sr-only"> {title}</span>
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deletePracticeAction } from "@/server/practice/actions";

export function DeletePracticeButton({ sessionId, label }: { sessionId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="rounded px-1 text-sm font-semibold text-red-800 underline underline-offset-2 dark:text-red-300"
        onClick={async () => {
          const outcome = await deletePracticeAction({ sessionId });
          if (outcome.ok) router.refresh();
          else setError(outcome.message);
        }}
      >
        Delete<span className="sr-only"> {label}</span>
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { QUESTIONS } from "@/domain/interview";
import { Button } from "@/components/ui/button";

/** Draws a random question from the bank, leaving out the ones practised lately, and opens it for practice. */
export function DrawQuestionButton({ recent }: { recent: readonly string[] }) {
  const router = useRouter();
  return (
    <Button
      variant="secondary"
      onClick={() => {
        const pool = QUESTIONS.filter((q) => !recent.includes(q.id));
        const pick = (pool.length ? pool : QUESTIONS)[Math.floor(Math.random() * (pool.length || QUESTIONS.length))];
        if (pick) router.push(`/interview?q=${pick.id}#practice`);
      }}
    >
      Draw a question
    </Button>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { addCustomItemAction } from "@/server/plan/actions";

/** One click: the suggested step goes into the first phase of the active plan (within the plan's limits). */
export function AddPlanStepButton({ title, detail }: { title: string; detail: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);

  async function add() {
    const outcome = await addCustomItemAction({ title, detail, phase: 1 });
    setState(outcome.ok ? { ok: true, message: "Added to your plan's first 30 days." } : { ok: false, message: outcome.message });
    if (outcome.ok) router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={add} disabled={state?.ok === true}>
        Add “{title}” to my plan
      </Button>
      <span role="status" className={`text-sm ${state && !state.ok ? "text-red-700 dark:text-red-400" : ""}`}>
        {state?.message ?? ""}
      </span>
    </span>
  );
}

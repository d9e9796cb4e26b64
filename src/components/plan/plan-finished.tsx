import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Shown when every step is done or skipped: celebrate, then point at the next loop (re-assessing). */
export function PlanFinished() {
  return (
    <section
      aria-labelledby="plan-finished-title"
      className="flex flex-col gap-3 rounded-xl border-2 border-green-700 bg-green-50 p-5 dark:border-green-400 dark:bg-green-950"
    >
      <h2 id="plan-finished-title" className="text-xl font-semibold text-green-900 dark:text-green-100">
        You&apos;ve worked through your whole plan
      </h2>
      <p className="text-green-900 dark:text-green-100">
        Every step is done or consciously skipped. That is real progress. Re-assess now to see how your skills and your best path have
        moved, and get a fresh plan for what comes next.
      </p>
      <div>
        <Link href="/assessment" className={buttonClass("primary")}>
          Re-assess where you stand
        </Link>
      </div>
    </section>
  );
}

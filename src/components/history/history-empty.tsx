import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Nothing to look back on yet: the history starts with the first assessment. */
export function HistoryEmpty() {
  return (
    <section
      aria-labelledby="history-empty-title"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 p-6 dark:border-slate-800"
    >
      <h2 id="history-empty-title" className="text-xl font-semibold">
        Your history starts with your first assessment
      </h2>
      <p className="text-slate-700 dark:text-slate-300">
        Each time you assess yourself we keep the result, so you can come back in a few weeks and see what moved: your readiness, your skill
        shape, your recommended path and the steps you finished.
      </p>
      <div>
        <Link href="/assessment" className={buttonClass("primary")}>
          Take the assessment
        </Link>
      </div>
    </section>
  );
}

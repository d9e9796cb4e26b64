import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** One answer for every link that doesn't work, so it never says which links once existed. */
export default function SharedPlanNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Error 404</p>
      <h1 className="text-3xl font-bold tracking-tight">This link doesn&apos;t work</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The link may be mistyped, or it may have expired or been turned off by the person who shared it. Ask them for a new one.
      </p>
      <Link href="/" className={buttonClass("secondary")}>
        Go to the home page
      </Link>
    </div>
  );
}

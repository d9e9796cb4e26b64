import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/**
 * The app-wide 404. Private pages that belong to someone else land here too, worded so that it never
 * confirms whether the thing exists.
 */
export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Error 404</p>
      <h1 className="text-3xl font-bold tracking-tight">We can&apos;t find that page</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page may belong to another account. If you followed a link to one of your own assessments, check
        that you&apos;re signed in with the right account.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Go to the home page
        </Link>
        <Link href="/dashboard" className={buttonClass("secondary")}>
          Open your dashboard
        </Link>
      </div>
    </div>
  );
}

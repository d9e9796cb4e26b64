import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6 dark:text-slate-400">
        <p>
          PM Pathfinder helps you plan a move into product management.{" "}
          <Link href="/resources" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
            Browse the resource library
          </Link>
        </p>
        <p>Your answers stay in your account. Nothing is shared unless you share it.</p>
      </div>
    </footer>
  );
}

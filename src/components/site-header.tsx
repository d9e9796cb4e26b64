import Link from "next/link";
import { AccountNav } from "@/components/account/account-nav";

/** Static: who is signed in comes from the AccountNav island, so no page is made dynamic by its header. */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-700 dark:text-brand-300">
          PM Pathfinder
        </Link>
        <AccountNav />
      </div>
    </header>
  );
}

import Link from "next/link";
import { signOutAction } from "@/server/auth/actions";
import { getSessionUser } from "@/server/auth/session";

const linkClass =
  "rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-700 dark:text-brand-300">
          PM Pathfinder
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm">
          {user ? (
            <>
              <Link href="/dashboard" className={linkClass}>
                Dashboard
              </Link>
              <Link href="/assessment" className={linkClass}>
                Assessment
              </Link>
              <Link href="/applications" className={linkClass}>
                Applications
              </Link>
              <Link href="/people" className={linkClass}>
                People
              </Link>
              <Link href="/practice" className={linkClass}>
                Practice
              </Link>
              <Link href="/stories" className={linkClass}>
                Stories
              </Link>
              <Link href="/history" className={linkClass}>
                History
              </Link>
              <Link href="/settings" className={linkClass}>
                Settings
              </Link>
              <span className="px-2 py-1 text-slate-600 dark:text-slate-400" aria-label={`Signed in as ${user.name}`}>
                {user.name}
              </span>
              <form action={signOutAction}>
                <button type="submit" className={linkClass}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/assessment" className={linkClass}>
                Take the assessment
              </Link>
              <Link href="/sign-in" className={linkClass}>
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200"
              >
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

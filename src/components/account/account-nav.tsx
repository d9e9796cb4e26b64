"use client";

import Link from "next/link";
import { signOutAction } from "@/server/auth/actions";
import { useMe } from "./use-me";

const linkClass =
  "rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

const signedInLinks = [
  ["/dashboard", "Dashboard"],
  ["/assessment", "Assessment"],
  ["/applications", "Applications"],
  ["/people", "People"],
  ["/practice", "Practice"],
  ["/interview", "Interview prep"],
  ["/stories", "Stories"],
  ["/history", "History"],
  ["/settings", "Settings"],
] as const;

/**
 * The header's links. The server renders the visitor's links (the same bytes for everyone, so the page can
 * be prerendered); once /api/me answers for a signed-in user, their links, name and sign-out button replace them.
 */
export function AccountNav() {
  const user = useMe()?.user;
  return (
    <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm">
      {user ? (
        <>
          {signedInLinks.map(([href, label]) => (
            <Link key={href} href={href} className={linkClass}>
              {label}
            </Link>
          ))}
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
        // Hidden by CSS while <html data-session> says a session cookie is here and /api/me hasn't answered.
        <span data-visitor-links className="contents">
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
        </span>
      )}
    </nav>
  );
}

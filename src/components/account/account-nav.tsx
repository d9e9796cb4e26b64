"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type FocusEvent } from "react";
import { clearNoteDrafts } from "@/components/plan/note-drafts";
import { signOutAction } from "@/server/auth/actions";
import { useMe } from "./use-me";

// min-h-6 and a 24 px line: every link and button in the header is a 24 × 24 px target or more (WCAG 2.5.8).
const linkClass =
  "flex min-h-6 items-center rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

type NavLink = readonly [href: string, label: string];

/** The workspace's pages, one disclosure in the menu. New workspace pages (interview prep) join this list. */
export const WORKSPACE_LINKS: readonly NavLink[] = [
  ["/applications", "Applications"],
  ["/people", "People"],
  ["/practice", "Practice"],
  ["/interview", "Interview prep"],
  ["/stories", "Stories"],
];

const AFTER_WORKSPACE: readonly NavLink[] = [
  ["/resources", "Resources"],
  ["/mentors", "Mentors"],
  ["/history", "History"],
  ["/settings", "Settings"],
];

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

function NavLinkItem({ href, label, pathname }: { href: string; label: string; pathname: string }) {
  return (
    <li>
      <Link href={href} className={linkClass} aria-current={isCurrent(pathname, href) ? "page" : undefined}>
        {label}
      </Link>
    </li>
  );
}

/**
 * The header's links. The server renders the visitor's links (the same bytes for everyone, so the page can
 * be prerendered); once /api/me answers for a signed-in user, their menu, name and sign-out button replace them.
 * On a phone the signed-in menu folds behind one "Menu" button; Workspace is a disclosure everywhere. Both
 * close on navigation (they remember the page they were opened on) and on Escape.
 */
export function AccountNav() {
  const user = useMe()?.user;
  const pathname = usePathname();
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const [workspaceOpenOn, setWorkspaceOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const workspaceOpen = workspaceOpenOn === pathname;
  const workspaceCurrent = WORKSPACE_LINKS.some(([href]) => isCurrent(pathname, href));

  useEffect(() => {
    if (!menuOpen && !workspaceOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      if (workspaceOpen) setWorkspaceOpenOn(null);
      else setMenuOpenOn(null);
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [menuOpen, workspaceOpen]);
  const closeWorkspaceOnLeave = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setWorkspaceOpenOn(null);
  };

  if (!user) {
    return (
      <nav aria-label="Main" className="flex flex-wrap items-center gap-1 text-sm">
        {/* Hidden by CSS while <html data-session> says a session cookie is here and /api/me hasn't answered. */}
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
      </nav>
    );
  }

  return (
    <nav aria-label="Main" className={`flex min-w-0 flex-wrap items-center justify-end gap-1 text-sm ${menuOpen ? "max-md:w-full" : ""}`}>
      <button
        type="button"
        className={`${linkClass} border border-slate-300 font-medium md:hidden dark:border-slate-700`}
        aria-expanded={menuOpen}
        aria-controls="main-menu"
        onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
      >
        Menu
      </button>
      <div
        id="main-menu"
        className={`${menuOpen ? "flex" : "hidden"} w-full flex-col gap-1 md:flex md:w-auto md:flex-row md:flex-wrap md:items-center`}
      >
        <ul className="flex flex-col gap-1 md:flex-row md:items-center">
          <NavLinkItem href="/dashboard" label="Plan" pathname={pathname} />
          <li className="relative" onBlur={closeWorkspaceOnLeave}>
            <button
              type="button"
              className={`${linkClass} w-full gap-1 ${workspaceCurrent ? "font-semibold" : ""}`}
              aria-expanded={workspaceOpen}
              aria-controls="workspace-menu"
              onClick={() => setWorkspaceOpenOn(workspaceOpen ? null : pathname)}
            >
              Workspace
              <span aria-hidden="true" className="text-xs">
                {workspaceOpen ? "▴" : "▾"}
              </span>
            </button>
            <ul
              id="workspace-menu"
              className={`${workspaceOpen ? "flex" : "hidden"} flex-col gap-1 pl-4 md:absolute md:right-0 md:z-20 md:mt-1 md:min-w-44 md:rounded-md md:border md:border-slate-200 md:bg-white md:p-1 md:shadow-lg dark:md:border-slate-700 dark:md:bg-slate-900`}
            >
              {WORKSPACE_LINKS.map(([href, label]) => (
                <NavLinkItem key={href} href={href} label={label} pathname={pathname} />
              ))}
            </ul>
          </li>
          {AFTER_WORKSPACE.map(([href, label]) => (
            <NavLinkItem key={href} href={href} label={label} pathname={pathname} />
          ))}
        </ul>
        <span
          className="min-w-0 px-2 py-1 text-slate-600 [overflow-wrap:anywhere] md:max-w-48 dark:text-slate-400"
          aria-label={`Signed in as ${user.name}`}
        >
          {user.name}
        </span>
        <form action={signOutAction} onSubmit={clearNoteDrafts}>
          <button type="submit" className={linkClass}>
            Sign out
          </button>
        </form>
      </div>
    </nav>
  );
}

import Link from "next/link";
import { SHARE_LINK_OPTIONS, SHARE_LINK_STATUS_LABELS, type ShareLinkStatus } from "@/domain/account/share-links";
import type { ShareLinkView } from "@/server/sharing/queries";
import { formatDateTime } from "./format-time";
import { RevokeShareLinkButton } from "./revoke-share-link-button";

const STATUS_STYLES: Record<ShareLinkStatus, string> = {
  active: "bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200",
  expired: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  revoked: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200",
};

function expiryText(link: ShareLinkView, timeZone: string): string {
  if (!link.expiresAt) return "Never expires";
  return `${link.status === "expired" ? "Expired" : "Expires"} ${formatDateTime(link.expiresAt, timeZone)}`;
}

/** The owner's links with their status; working ones can be revoked. The URLs themselves are never shown again. */
function extrasText(link: ShareLinkView): string {
  const shown = SHARE_LINK_OPTIONS.filter((option) => link[option.name]).map((option) => option.label.toLowerCase());
  return shown.length === 0 ? "Plan only" : `Plan, ${shown.join(", ")}`;
}

interface ShareLinkListProps {
  links: readonly ShareLinkView[];
  ratingCounts: ReadonlyMap<string, number>;
  /** The owner's IANA zone: the times shown are theirs. */
  timeZone: string;
}

export function ShareLinkList({ links, ratingCounts, timeZone }: ShareLinkListProps) {
  if (links.length === 0) return <p className="text-slate-700 dark:text-slate-300">You haven&apos;t shared your plan yet.</p>;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">Your links</h3>
      <ul className="flex flex-col gap-2">
        {links.map((link) => {
          const name = link.label || "Untitled link";
          return (
            <li
              key={link.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-3 dark:border-slate-800"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="break-words font-medium">{name}</span>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[link.status]}`}>
                    <span className="sr-only">Status: </span>
                    {SHARE_LINK_STATUS_LABELS[link.status]}
                  </span>
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  Created {formatDateTime(link.createdAt, timeZone)} ·{" "}
                  {link.revokedAt ? `Revoked ${formatDateTime(link.revokedAt, timeZone)}` : expiryText(link, timeZone)}
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  Shows: {extrasText(link)}
                  {(ratingCounts.get(link.id) ?? 0) > 0 && (
                    <>
                      {" · "}
                      <Link href="/mentors" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                        {ratingCounts.get(link.id) === 1 ? "1 mentor rating" : `${ratingCounts.get(link.id)} mentor ratings`}
                      </Link>
                    </>
                  )}
                </p>
              </div>
              {link.status === "active" && <RevokeShareLinkButton linkId={link.id} name={name} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

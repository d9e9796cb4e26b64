import { SHARE_LINK_STATUS_LABELS } from "@/domain/account/share-links";
import { formatDateTimeIn } from "@/domain/time-zone";
import type { MockLinkView } from "@/shared/interview-view";
import { RevokeMockLinkButton } from "./revoke-mock-link-button";

/** The owner's mock links: whom for, the questions and whether each is scored, until when, and revoke. */
export function MockLinkList({ links, timeZone }: { links: readonly MockLinkView[]; timeZone: string }) {
  return (
    <ul className="flex flex-col gap-2">
      {links.map((link) => {
        const name = link.label || `Mock link of ${formatDateTimeIn(link.createdAt, timeZone)}`;
        return (
          <li key={link.id} className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-800">
            <p className="font-medium">
              {name} · {SHARE_LINK_STATUS_LABELS[link.status]}
              {link.status === "active" ? ` until ${formatDateTimeIn(link.expiresAt, timeZone)}` : ""}
            </p>
            <ul className="list-disc pl-5 text-sm">
              {link.questions.map((q) => (
                <li key={q.questionId}>
                  {q.text} · {q.scored ? "scored" : "not scored yet"}
                </li>
              ))}
            </ul>
            {link.status === "active" && <RevokeMockLinkButton linkId={link.id} label={name} />}
          </li>
        );
      })}
    </ul>
  );
}

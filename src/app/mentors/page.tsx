import type { Metadata } from "next";
import Link from "next/link";
import { DeleteMentorRatingButton } from "@/components/mentor/delete-mentor-rating-button";
import { formatDateTime } from "@/components/settings/format-time";
import { SKILL_MODEL } from "@/domain/assessment";
import { SHARE_LINK_STATUS_LABELS } from "@/domain/account/share-links";
import { differenceText, WORTH_TALKING_GAP, worthTalkingCount } from "@/domain/mentor";
import { requireUser } from "@/server/auth/session";
import { listMentorRatings } from "@/server/sharing/mentor";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Mentors' ratings", robots: { index: false } };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";
const cellClass = "py-2 pr-4 align-top";

/** The owner's page: each mentor's blind rating beside the owner's latest self-rating. */
export default async function MentorsPage() {
  const user = await requireUser("/mentors");
  const [{ selfRatedAt, ratings }, timeZone] = await Promise.all([listMentorRatings(user.id, new Date()), userTimeZone(user.id)]);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Mentors&apos; ratings</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Mentors you share your plan with can rate your skills without seeing your own ratings. Here you see both side by side. Areas where
          you and a mentor are {WORTH_TALKING_GAP} or more levels apart are marked &ldquo;worth talking about&rdquo;: a good start for your
          next conversation.
        </p>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {selfRatedAt ? (
            <>Your ratings are from your latest assessment ({formatDateTime(selfRatedAt, timeZone)}).</>
          ) : (
            <>
              You haven&apos;t rated yourself yet.{" "}
              <Link href="/assessment" className={linkClass}>
                Take the assessment
              </Link>{" "}
              to compare.
            </>
          )}{" "}
          <Link href="/settings#share" className={linkClass}>
            Create or revoke share links
          </Link>
        </p>
      </header>
      {ratings.length === 0 ? (
        <p>No mentor has rated you yet. Share a link from settings and ask a mentor to add their view.</p>
      ) : (
        <ul className="flex flex-col gap-6">
          {ratings.map((rating) => {
            const name = rating.mentorName || "A mentor";
            const talk = worthTalkingCount(rating.comparison);
            const titleId = `mentor-rating-${rating.id}`;
            return (
              <li key={rating.id}>
                <article
                  aria-labelledby={titleId}
                  className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
                >
                  <h2 id={titleId} className="text-xl font-semibold">
                    {name}
                  </h2>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {formatDateTime(rating.createdAt, timeZone)} · through the link &ldquo;{rating.link.label || "Untitled link"}&rdquo; (
                    {SHARE_LINK_STATUS_LABELS[rating.link.status].toLowerCase()})
                  </p>
                  {rating.note && <p className="whitespace-pre-line">&ldquo;{rating.note}&rdquo;</p>}
                  <p className="font-medium">
                    {talk === 0
                      ? "No area where you differ by 2 or more."
                      : `${talk} ${talk === 1 ? "area" : "areas"} worth talking about.`}
                  </p>
                  <div className="overflow-x-auto">
                    <table className="w-full min-w-[32rem] text-left text-sm">
                      <caption className="sr-only">{name}&apos;s ratings beside yours, out of 5</caption>
                      <thead>
                        <tr className="border-b border-slate-300 dark:border-slate-700">
                          <th scope="col" className={cellClass}>
                            Skill area
                          </th>
                          <th scope="col" className={cellClass}>
                            You
                          </th>
                          <th scope="col" className={cellClass}>
                            {name}
                          </th>
                          <th scope="col" className={cellClass}>
                            Difference
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {rating.comparison.map((row) => (
                          <tr
                            key={row.area}
                            className={`border-b border-slate-200 dark:border-slate-800 ${row.worthTalking ? "bg-amber-50 dark:bg-amber-950" : ""}`}
                          >
                            <th scope="row" className={`${cellClass} font-normal`}>
                              {SKILL_MODEL[row.area].label}
                            </th>
                            <td className={cellClass}>{row.self ?? "—"}</td>
                            <td className={cellClass}>{row.mentor ?? "Not rated"}</td>
                            <td className={cellClass}>
                              {differenceText(row)}
                              {row.worthTalking && (
                                <>
                                  {" "}
                                  <strong className="ml-1 inline-block rounded-sm border border-amber-800 px-1.5 py-0.5 text-xs text-amber-950 dark:border-amber-300 dark:text-amber-100">
                                    Worth talking about
                                  </strong>
                                </>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <DeleteMentorRatingButton ratingId={rating.id} name={name} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

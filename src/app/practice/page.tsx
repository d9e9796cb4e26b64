import type { Metadata } from "next";
import { DeletePracticeButton } from "@/components/practice/delete-practice-button";
import { PracticeChart } from "@/components/practice/practice-chart";
import { PracticeEditor } from "@/components/practice/practice-editor";
import { PracticeForm } from "@/components/practice/practice-form";
import { SHORT_AREA_LABELS } from "@/components/results/labels";
import type { SkillArea } from "@/domain/assessment";
import { PartnerScores } from "@/components/interview/partner-scores";
import Link from "next/link";
import { questionById } from "@/domain/interview";
import {
  PRACTICE_TYPE_LABELS,
  PRACTICE_TYPES,
  questionsByTypeOverTime,
  scoresByArea,
  summaryByType,
  WITH_WHOM_LABELS,
} from "@/domain/practice";
import { dayIn, formatDay } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { listPractice } from "@/server/practice/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Practice", robots: { index: false } };

export default async function PracticePage() {
  const user = await requireUser("/practice");
  const [sessions, timeZone] = await Promise.all([listPractice(user.id), userTimeZone(user.id)]);
  const byType = summaryByType(sessions);
  const mix = questionsByTypeOverTime(sessions);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Interview practice</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Log mock interviews and practice sessions and score yourself on the skill areas each type tests. Your scores show up as evidence
          when you re-assess.
        </p>
        <p>
          <Link href="/interview" className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
            Interview prep
          </Link>
          : a bank of questions with frameworks, a timer, and mock links for a partner to score you.
        </p>
      </header>
      <section
        aria-labelledby="log-practice-title"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
      >
        <h2 id="log-practice-title" className="text-xl font-semibold">
          Log a session
        </h2>
        <PracticeForm today={dayIn(new Date(), timeZone)} />
      </section>
      {sessions.length > 0 && (
        <>
          <section aria-labelledby="practice-chart-title" className="flex flex-col gap-3">
            <h2 id="practice-chart-title" className="text-xl font-semibold">
              Scores over time by area
            </h2>
            <PracticeChart lines={scoresByArea(sessions)} />
          </section>
          <section aria-labelledby="practice-types-title" className="flex flex-col gap-3">
            <h2 id="practice-types-title" className="text-xl font-semibold">
              By type
            </h2>
            <table className="w-full max-w-2xl text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    Type
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Sessions
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Average score
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Last
                  </th>
                </tr>
              </thead>
              <tbody>
                {byType.map((row) => (
                  <tr key={row.type} className="border-b border-slate-200 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {PRACTICE_TYPE_LABELS[row.type]}
                    </th>
                    <td className="py-1 pr-3">{row.sessions}</td>
                    <td className="py-1 pr-3">{row.averageScore ?? "—"}</td>
                    <td className="py-1 pr-3">{row.lastHeldOn ? formatDay(row.lastHeldOn) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      {mix.length > 0 && (
        <section aria-labelledby="question-mix-title" className="flex flex-col gap-3">
          <h2 id="question-mix-title" className="text-xl font-semibold">
            Bank questions by type over time
          </h2>
          <div className="overflow-x-auto">
            <table className="text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    Month
                  </th>
                  {PRACTICE_TYPES.map((type) => (
                    <th key={type} scope="col" className="py-1 pr-3">
                      {PRACTICE_TYPE_LABELS[type]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {mix.map((row) => (
                  <tr key={row.month} className="border-b border-slate-200 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {row.month}
                    </th>
                    {PRACTICE_TYPES.map((type) => (
                      <td key={type} className="py-1 pr-3">
                        {row.counts[type]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="sessions-title" className="flex flex-col gap-3">
        <h2 id="sessions-title" className="text-xl font-semibold">
          Sessions ({sessions.length})
        </h2>
        {sessions.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No sessions yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {sessions.map((s) => {
              const label = `${PRACTICE_TYPE_LABELS[s.type]} on ${formatDay(s.heldOn)}`;
              return (
                <li key={s.id} className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-800">
                  <p className="font-medium">
                    {label} · {WITH_WHOM_LABELS[s.withWhom]}
                  </p>
                  <p className="text-sm">
                    {(Object.entries(s.scores) as [SkillArea, number][])
                      .map(([area, score]) => `${SHORT_AREA_LABELS[area]} ${score}/5`)
                      .join(" · ")}
                  </p>
                  {s.questionId && <p className="text-sm">Question: {questionById(s.questionId)?.text ?? s.questionId}</p>}
                  {s.mock && <PartnerScores session={s} />}
                  {s.notes && <p className="whitespace-pre-line text-sm">{s.notes}</p>}
                  <details>
                    <summary className="cursor-pointer font-semibold text-brand-700 dark:text-brand-300">
                      Edit<span className="sr-only"> {label}</span>
                    </summary>
                    <div className="pt-3">
                      <PracticeEditor session={s} label={label} />
                    </div>
                  </details>
                  <div>
                    <DeletePracticeButton sessionId={s.id} label={label} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

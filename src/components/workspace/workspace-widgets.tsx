import Link from "next/link";
import { SKILL_MODEL, type SkillArea } from "@/domain/assessment";
import { PRACTICE_TYPE_LABELS, type PracticeType } from "@/domain/practice";
import { formatDay } from "@/domain/time-zone";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";
const boxClass = "rounded-lg border border-slate-200 p-5 dark:border-slate-800";

/** This week's practice (Monday to Sunday in the user's zone). */
export function WeekPracticeWidget({ sessions }: { sessions: readonly { id: string; type: PracticeType; heldOn: string }[] }) {
  return (
    <section aria-labelledby="week-practice-title" className={boxClass}>
      <h2 id="week-practice-title" className="mb-2 text-lg font-semibold">
        This week&apos;s practice
      </h2>
      {sessions.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          No practice yet this week.{" "}
          <Link href="/practice" className={linkClass}>
            Log a session
          </Link>
          .
        </p>
      ) : (
        <ul className="flex flex-col gap-1">
          {sessions.map((s) => (
            <li key={s.id}>
              {PRACTICE_TYPE_LABELS[s.type]} — {formatDay(s.heldOn)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The gaps of the latest assessment that have no story yet. */
export function StoryGapsWidget({ gaps }: { gaps: readonly SkillArea[] }) {
  return (
    <section aria-labelledby="story-gaps-widget-title" className={boxClass}>
      <h2 id="story-gaps-widget-title" className="mb-2 text-lg font-semibold">
        Stories missing for your gaps
      </h2>
      {gaps.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">Every gap from your latest assessment has at least one story.</p>
      ) : (
        <>
          <ul className="list-disc pl-5">
            {gaps.map((area) => (
              <li key={area}>{SKILL_MODEL[area].label}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/stories" className={linkClass}>
              Write a story
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

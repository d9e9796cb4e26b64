import type { Metadata } from "next";
import Link from "next/link";
import { DrawQuestionButton } from "@/components/interview/draw-question-button";
import { FrameworkCard } from "@/components/interview/framework-card";
import { MockLinkForm } from "@/components/interview/mock-link-form";
import { MockLinkList } from "@/components/interview/mock-link-list";
import { PracticeTimer } from "@/components/interview/practice-timer";
import { QuestionBrowser } from "@/components/interview/question-browser";
import { QuestionLogForm } from "@/components/interview/question-log-form";
import { ThemeCoverageTable } from "@/components/interview/theme-coverage-table";
import { SKILL_AREAS, SKILL_MODEL, type SkillArea } from "@/domain/assessment";
import {
  DIFFICULTIES,
  FRAMEWORKS,
  QUESTIONS,
  questionById,
  storiesForQuestion,
  THEME_LABELS,
  THEMES,
  themeCoverage,
  type Difficulty,
  type Question,
  type QuestionFilter,
  type Theme,
} from "@/domain/interview";
import { RECENT_PRACTICE_DAYS, suggestQuestions } from "@/domain/interview/suggest";
import { PRACTICE_TYPE_LABELS, PRACTICE_TYPES, type PracticeType } from "@/domain/practice";
import { addDays } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { listMockLinks, suggestionSignals } from "@/server/interview/queries";
import { listPractice } from "@/server/practice/queries";
import { listStories } from "@/server/story/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Interview prep", robots: { index: false } };

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The two questions after this one of the same type (wrapping round): the rest of a set of three. */
function companionsOf(question: Question): Question[] {
  const sameType = QUESTIONS.filter((q) => q.type === question.type);
  const at = sameType.findIndex((q) => q.id === question.id);
  return [1, 2]
    .map((step) => sameType[(at + step) % sameType.length])
    .filter((q): q is Question => q !== undefined && q.id !== question.id);
}

const linkClass = "font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300";

export default async function InterviewPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser("/interview");
  const params = await searchParams;
  const now = new Date();
  const [practice, stories, timeZone, mockLinks] = await Promise.all([
    listPractice(user.id),
    listStories(user.id),
    userTimeZone(user.id),
    listMockLinks(user.id, now),
  ]);
  const today = dayIn(now, timeZone);
  const signals = await suggestionSignals(user.id, practice);
  const suggestions = suggestQuestions({ ...signals, today });
  const filter: QuestionFilter = {
    type: oneOf<PracticeType>(PRACTICE_TYPES, one(params.type)),
    area: oneOf<SkillArea>(SKILL_AREAS, one(params.area)),
    difficulty: oneOf<Difficulty>(DIFFICULTIES, one(params.difficulty)),
    theme: oneOf<Theme>(THEMES, one(params.theme)),
  };
  const question = questionById(one(params.q) ?? "");
  const recent = signals.practised.filter((p) => p.heldOn > addDays(today, -RECENT_PRACTICE_DAYS)).map((p) => p.questionId);
  const answering = question ? storiesForQuestion(question, stories) : [];

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Interview prep</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {QUESTIONS.length} PM interview questions of {PRACTICE_TYPES.length} types, each with its framework. Practise one aloud against
          the timer, log how it went in your{" "}
          <Link href="/practice" className={linkClass}>
            practice log
          </Link>
          , or send it to a partner who scores you.
        </p>
      </header>

      <section aria-labelledby="suggested-title" className="flex flex-col gap-3">
        <h2 id="suggested-title" className="text-xl font-semibold">
          Suggested next
        </h2>
        <p className="text-slate-700 dark:text-slate-300">
          {signals.latestRating
            ? "From your weakest areas: your latest ratings, a mentor's rating and your recent practice scores. Questions you practised in the last two weeks are left out."
            : "A mix of types at entry level. Take the assessment and these will follow your weakest areas."}
        </p>
        {suggestions.length === 0 ? (
          <p>Nothing to suggest right now: every area is at its target. Browse the bank below.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {suggestions.map(({ question: q, area }) => (
              <li key={q.id}>
                <Link href={`/interview?q=${q.id}#practice`} className={linkClass}>
                  {q.text}
                </Link>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {" "}
                  · {PRACTICE_TYPE_LABELS[q.type]}
                  {area ? ` · for ${SKILL_MODEL[area].label.toLowerCase()}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div>
          <DrawQuestionButton recent={recent} />
        </div>
      </section>

      <section
        id="practice"
        aria-labelledby="practice-title"
        className="flex flex-col gap-4 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
      >
        <h2 id="practice-title" className="text-xl font-semibold">
          Practise
        </h2>
        {!question ? (
          <p className="text-slate-700 dark:text-slate-300">Pick a question from the suggestions or the bank, or draw one.</p>
        ) : (
          <>
            <blockquote className="border-l-4 border-brand-700 pl-4 text-lg font-medium dark:border-brand-300">{question.text}</blockquote>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {PRACTICE_TYPE_LABELS[question.type]} · tests {question.areas.map((a) => SKILL_MODEL[a].label).join(", ")}
              {question.theme ? ` · ${THEME_LABELS[question.theme]}` : ""}
            </p>
            <PracticeTimer key={question.id} minutes={FRAMEWORKS[question.type].minutes} label={question.text} />
            <FrameworkCard framework={FRAMEWORKS[question.type]} />
            {question.type === "behavioural" && (
              <section aria-labelledby="answering-title" className="flex flex-col gap-2">
                <h3 id="answering-title" className="text-lg font-semibold">
                  Your stories that answer this
                </h3>
                {answering.length === 0 ? (
                  <p>
                    None yet.{" "}
                    <Link href={`/stories${question.theme ? `?theme=${question.theme}` : ""}#write-story`} className={linkClass}>
                      Write one
                    </Link>
                  </p>
                ) : (
                  <ul className="list-disc pl-5">
                    {answering.map((story) => (
                      <li key={story.id}>
                        {story.title}
                        {question.theme && story.themes.includes(question.theme) ? ` (${THEME_LABELS[question.theme]})` : ""}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <section aria-labelledby="log-title" className="flex flex-col gap-3">
              <h3 id="log-title" className="text-lg font-semibold">
                Log it
              </h3>
              <QuestionLogForm key={question.id} question={question} today={today} />
            </section>
            <section aria-labelledby="mock-title" className="flex flex-col gap-3">
              <h3 id="mock-title" className="text-lg font-semibold">
                Mock it with a partner
              </h3>
              <p className="max-w-3xl text-slate-700 dark:text-slate-300">
                A peer, a mentor or a PM friend opens the link without an account, asks you the question and scores your answer on the areas
                it tests. They never see your own scores. Their scores land in your practice log beside yours.
              </p>
              <MockLinkForm key={question.id} question={question} companions={companionsOf(question)} />
            </section>
          </>
        )}
      </section>

      {mockLinks.length > 0 && (
        <section aria-labelledby="mock-links-title" className="flex flex-col gap-3">
          <h2 id="mock-links-title" className="text-xl font-semibold">
            Your mock links
          </h2>
          <MockLinkList links={mockLinks} timeZone={timeZone} />
        </section>
      )}

      <section aria-labelledby="coverage-title" className="flex flex-col gap-3">
        <h2 id="coverage-title" className="text-xl font-semibold">
          Stories by theme
        </h2>
        <ThemeCoverageTable rows={themeCoverage(stories)} storyCount={stories.length} />
      </section>

      <section id="bank" aria-labelledby="bank-title" className="flex flex-col gap-3">
        <h2 id="bank-title" className="text-xl font-semibold">
          The question bank
        </h2>
        <QuestionBrowser initial={filter} />
      </section>
    </div>
  );
}

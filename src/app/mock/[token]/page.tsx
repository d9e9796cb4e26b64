import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PartnerScoreForm } from "@/components/interview/partner-score-form";
import { FRAMEWORKS } from "@/domain/interview";
import { PRACTICE_TYPE_LABELS } from "@/domain/practice";
import { findMockForPartner } from "@/server/interview/queries";

// Someone's practice behind a secret link: never indexed, never cached (next.config.ts adds no-store and no-referrer).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mock interview", robots: { index: false, follow: false } };

/** The partner's page: the questions, what a strong answer shows, and a rubric per area. Never the owner's own scores. */
export default async function MockPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const mock = await findMockForPartner(token, new Date());
  // Unknown, revoked and expired links all end here, looking the same.
  if (!mock) redirect("/link-expired?for=mock");
  const name = mock.ownerFirstName;
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">A mock interview with {name}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {name} asked you to interview them. Ask each question, let {name} answer aloud, then score what you heard on the areas the
          question tests, using the descriptions (read &ldquo;you&rdquo; as {name}). Each question can be scored once. {name} sees your
          scores, and your name and note if you add them.
        </p>
      </header>
      {mock.questions.map(({ question, scored }, index) => (
        <section
          key={question.id}
          aria-labelledby={`mock-q-${question.id}`}
          className="flex flex-col gap-4 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id={`mock-q-${question.id}`} className="text-xl font-semibold">
            Question {index + 1}: {question.text}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {PRACTICE_TYPE_LABELS[question.type]} · about {FRAMEWORKS[question.type].minutes} minutes
          </p>
          <div>
            <h3 className="font-semibold">What a strong answer shows</h3>
            <ul className="list-disc pl-5">
              {FRAMEWORKS[question.type].strongAnswer.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          {scored ? (
            <p role="status" className="font-semibold">
              Already scored. Thank you.
            </p>
          ) : (
            <PartnerScoreForm token={token} question={question} ownerName={name} />
          )}
        </section>
      ))}
    </div>
  );
}

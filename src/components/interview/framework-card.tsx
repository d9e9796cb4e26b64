import type { Framework } from "@/domain/interview";
import { PRACTICE_TYPE_LABELS } from "@/domain/practice";

/** A type's framework: steps, traps and what a strong answer shows (headings one level below `level`). */
export function FrameworkCard({ framework, headingLevel = 3 }: { framework: Framework; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section
      aria-label={`${PRACTICE_TYPE_LABELS[framework.type]} framework`}
      className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
    >
      <Heading className="text-lg font-semibold">
        {PRACTICE_TYPE_LABELS[framework.type]} framework · about {framework.minutes} minutes
      </Heading>
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <Sub className="font-semibold">Steps</Sub>
          <ol className="list-decimal pl-5 text-sm">
            {framework.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
        <div>
          <Sub className="font-semibold">Traps</Sub>
          <ul className="list-disc pl-5 text-sm">
            {framework.traps.map((trap) => (
              <li key={trap}>{trap}</li>
            ))}
          </ul>
        </div>
        <div>
          <Sub className="font-semibold">What a strong answer shows</Sub>
          <ul className="list-disc pl-5 text-sm">
            {framework.strongAnswer.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

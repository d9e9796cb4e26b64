/**
 * Interview bank benchmark: how long filtering the question bank takes, for every combination of filters the
 * /interview page offers. Prints figures; never fails on time. Run with `npm run bench:interview`.
 * The goal (issue "From plan to offer, part 2") is under 1 ms per filter.
 */
import { SKILL_AREAS } from "../src/domain/assessment";
import { DIFFICULTIES, filterQuestions, QUESTIONS, THEMES, type QuestionFilter } from "../src/domain/interview";
import { suggestQuestions } from "../src/domain/interview/suggest";
import { PRACTICE_TYPES } from "../src/domain/practice";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

const filters: QuestionFilter[] = [{}];
for (const type of [undefined, ...PRACTICE_TYPES])
  for (const area of [undefined, ...SKILL_AREAS])
    for (const difficulty of [undefined, ...DIFFICULTIES])
      for (const theme of type === "behavioural" ? [undefined, ...THEMES] : [undefined]) filters.push({ type, area, difficulty, theme });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(label: string, calls: number, run: (i: number) => unknown): void {
  for (let i = 0; i < calls; i++) run(i); // warm-up (JIT)
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const start = process.hrtime.bigint();
    const out = run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    sink += Array.isArray(out) ? out.length : 0;
  }
  samples.sort((a, b) => a - b);
  const f = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(
    `${label}: ${calls} calls, p50 ${f(percentile(samples, 50))}, p99 ${f(percentile(samples, 99))}, max ${f(samples.at(-1)!)} (${sink} rows)`,
  );
}

console.log(`bank: ${QUESTIONS.length} questions; ${filters.length} filter combinations × ${ROUNDS} rounds`);
time("filterQuestions", filters.length * ROUNDS, (i) => filterQuestions(filters[i % filters.length] ?? {}));
time("suggestQuestions", 2_000, (i) =>
  suggestQuestions({
    latestRating: { data: 1 + (i % 3), communication: 2, business: 1 + (i % 2) },
    latestMentorRating: null,
    scores: [{ area: "execution", score: 2, heldOn: "2026-03-01" }],
    practised: [{ questionId: "ex-01", heldOn: "2026-03-01" }],
    today: "2026-03-10",
  }),
);

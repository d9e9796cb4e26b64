/**
 * Scoring benchmark: how fast scoreAssessment runs on realistic, varied input.
 * Prints figures; never fails on time. Run with `npm run bench:scoring`.
 *
 * Inputs are generated up front from a seeded PRNG (mulberry32) so every run scores the same answers,
 * then the engine is warmed up (JIT) before timing. Timing is done in batches so p50/p99 describe the
 * per-call cost of a batch rather than timer noise on a single ~microsecond call.
 */
import {
  BACKGROUNDS,
  COMPANY_SIZES,
  EMPLOYMENT,
  MANAGER_SUPPORT,
  MODEL_VERSION,
  SKILL_AREAS,
  scoreAssessment,
  type AssessmentInput,
} from "../src/domain/assessment";

const INPUTS = Number(process.env.BENCH_INPUTS ?? 10_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 200_000);
const WARMUP_CALLS = 20_000;
const BATCH = 1_000;
const SEED = 0x5eed_2026;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateInputs(count: number, random: () => number): AssessmentInput[] {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const years = () => (random() < 0.7 ? int(0, 20) : Math.round(random() * 500) / 10);
  const bool = () => random() < 0.5;
  return Array.from({ length: count }, () => {
    const experience = years();
    return {
      currentRole: pick(BACKGROUNDS),
      yearsExperience: experience,
      // Mostly employed, as real users are; contract v2's tenure rule holds (tenure ≤ experience).
      employment: random() < 0.8 ? "employed" : pick(EMPLOYMENT),
      company: {
        employsPMs: bool(),
        worksWithPMs: bool(),
        tenureYears: Math.min(experience, years()),
        managerSupport: pick(MANAGER_SUPPORT),
        ...(random() < 0.5 ? { size: pick(COMPANY_SIZES) } : {}),
      },
      riskTolerance: int(1, 5),
      wantsMentorship: int(1, 5),
      evidence: { sideProject: bool(), ledCrossFunctional: bool(), customerFacing: bool() },
      skills: Object.fromEntries(SKILL_AREAS.map((a) => [a, int(1, 5)])) as AssessmentInput["skills"],
    };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function main() {
  const inputs = generateInputs(INPUTS, mulberry32(SEED));

  // Warm-up; the checksum keeps the engine's work observable so it can't be optimised away.
  let checksum = 0;
  for (let i = 0; i < WARMUP_CALLS; i++) checksum += scoreAssessment(inputs[i % INPUTS]!).readiness;

  const batchMicros: number[] = [];
  const start = process.hrtime.bigint();
  for (let done = 0; done < CALLS; done += BATCH) {
    const batchStart = process.hrtime.bigint();
    const n = Math.min(BATCH, CALLS - done);
    for (let j = 0; j < n; j++) checksum += scoreAssessment(inputs[(done + j) % INPUTS]!).paths[0]!.fit;
    batchMicros.push(Number(process.hrtime.bigint() - batchStart) / 1_000 / n);
  }
  const totalNs = Number(process.hrtime.bigint() - start);

  const recommended = { internal_move: 0, junior_pm: 0, startup: 0 };
  for (const input of inputs) recommended[scoreAssessment(input).recommendedPath.path] += 1;

  batchMicros.sort((a, b) => a - b);
  const callsPerSecond = CALLS / (totalNs / 1e9);
  const fmt = (n: number, digits = 2) => n.toFixed(digits);

  console.log(`scoreAssessment benchmark — model ${MODEL_VERSION}, node ${process.version}`);
  console.log(`  inputs:        ${INPUTS} distinct (seed ${SEED}); warm-up ${WARMUP_CALLS} calls`);
  console.log(`  timed calls:   ${CALLS} in ${fmt(totalNs / 1e6, 1)} ms`);
  console.log(`  throughput:    ${Math.round(callsPerSecond).toLocaleString("en-US")} calls/second`);
  console.log(`  mean:          ${fmt(totalNs / 1e3 / CALLS, 3)} µs per call`);
  console.log(
    `  per batch of ${BATCH}: p50 ${fmt(percentile(batchMicros, 0.5), 3)} µs/call, p99 ${fmt(percentile(batchMicros, 0.99), 3)} µs/call, max ${fmt(batchMicros[batchMicros.length - 1]!, 3)} µs/call`,
  );
  console.log(
    `  recommended over the inputs: internal_move ${recommended.internal_move}, junior_pm ${recommended.junior_pm}, startup ${recommended.startup}`,
  );
  console.log(`  (checksum ${checksum})`);
}

main();

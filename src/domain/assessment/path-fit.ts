/**
 * Path fit: turns each path's factors (path-factors.ts) into a 0–100 fit, the reasons for and against it and
 * what would change its standing, then ranks the three paths. Model documented in docs/scoring.md.
 *
 * "What would change this" is never a guess: every lever is an input change, re-scored, and shown only when
 * it really raises that path's fit (or, for the leading path, really changes which path leads).
 */
import { PATHS, type AssessmentInput, type PathResult, type TransitionPath } from "./schemas";
import { levelFor } from "./level";
import {
  internalFactors,
  internalPoints,
  juniorFactors,
  juniorPoints,
  startupFactors,
  startupPoints,
  type Factor,
  type FitContext,
  type Lever,
} from "./path-factors";

export const BASE_FIT: Readonly<Record<TransitionPath, number>> = {
  internal_move: 30,
  junior_pm: 40,
  startup: 30,
};

/** Internal move's fit when the person is not employed: there is no company to move within. */
export const INTERNAL_FIT_NOT_EMPLOYED = 0;

/**
 * Equal fits rank in this order — the lower-risk path first, as a careful coach would advise — except
 * that an internal move is last whenever the person is not employed.
 */
export const PATH_TIE_ORDER: readonly TransitionPath[] = ["internal_move", "junior_pm", "startup"];

/** A factor's reason is shown only if it moved the fit by at least this many points. */
export const REASON_MIN_POINTS = 3;
/** At most this many pros and this many cons per path: enough to explain, few enough to read. */
export const MAX_PROS = 4;
export const MAX_CONS = 3;
export const MAX_CHANGES = 3;

/** Short names used inside sentences about another path. */
const PATH_IN_SENTENCE: Readonly<Record<TransitionPath, string>> = {
  internal_move: "an internal move",
  junior_pm: "a PM role at a new company",
  startup: "a startup product role",
};

/** Model 3: the new-company path's general pro when the level is "pm" (a full PM role, not an associate one). */
const GENERAL_PRO_AT_PM_LEVEL =
  "A PM role at a company with an established product team gives you a defined job and colleagues to learn from, at the level your experience earns.";

/** What the path offers anyone (the article's description), the pro shown when no answer pulls for it. */
const GENERAL_PRO: Readonly<Record<TransitionPath, string>> = {
  internal_move: "An internal move keeps your job, colleagues and track record while you make the change.",
  junior_pm:
    "A junior or associate role teaches the job with structure and mentoring, and doesn't expect product experience you don't have yet.",
  startup: "Startups are more open to unconventional backgrounds than large companies, and you'd learn fast.",
};

const NOT_EMPLOYED_CON: Readonly<Record<Exclude<AssessmentInput["employment"], "employed">, string>> = {
  between_jobs: "You're between jobs, so there's no company to move within right now.",
  student: "You're a student, so there's no employer to move within yet.",
  self_employed:
    "You work for yourself, so there's no product team to move into; your own work is still a place to practise product decisions.",
};

/** Readiness for any input: path-fit re-scores levers through it (scoring.ts passes computeReadiness). */
export type ReadinessFor = (input: AssessmentInput) => number;

type Fits = Readonly<Record<TransitionPath, number>>;

const clampFit = (raw: number) => Math.min(100, Math.max(0, Math.round(raw)));

/**
 * A path's fit, from the allocation-free sums in path-factors.ts. The internal move is 0 when not employed
 * and, without PMs, never above the same answers at a company that employs them (contract v2).
 */
export function fitFor(path: TransitionPath, input: AssessmentInput, readiness: number): number {
  switch (path) {
    case "internal_move": {
      if (input.employment !== "employed") return INTERNAL_FIT_NOT_EMPLOYED;
      const withPMs = clampFit(BASE_FIT.internal_move + internalPoints(input, readiness, true));
      if (input.company.employsPMs) return withPMs;
      const own = Math.min(withPMs, clampFit(BASE_FIT.internal_move + internalPoints(input, readiness, false)));
      // Model 3: a services firm without PMs has no product of its own to manage; the move stays below
      // the best other path (and ranks after it on a tie at 0).
      if (input.company.kind !== "services") return own;
      const best = Math.max(fitFor("junior_pm", input, readiness), fitFor("startup", input, readiness));
      return Math.min(own, Math.max(0, best - 1));
    }
    case "junior_pm":
      return clampFit(BASE_FIT.junior_pm + juniorPoints(input, readiness));
    case "startup":
      return clampFit(BASE_FIT.startup + startupPoints(input, readiness));
  }
}

interface Scored {
  result: Omit<PathResult, "wouldChangeIf">;
  levers: Lever[];
}

/** The factors behind a path, for its reasons and levers (their points sum to the same fit as fitFor). */
export function factorsFor(path: TransitionPath, input: AssessmentInput, ctx: FitContext): Factor[] {
  switch (path) {
    case "internal_move":
      return input.employment === "employed" ? internalFactors(input, ctx) : [];
    case "junior_pm":
      return juniorFactors(input, ctx);
    case "startup":
      return startupFactors(input, ctx);
  }
}

function reasonsOf(path: TransitionPath, input: AssessmentInput, factors: readonly Factor[]) {
  if (path === "internal_move" && input.employment !== "employed") {
    const con = NOT_EMPLOYED_CON[input.employment];
    return { pros: [], cons: [con] };
  }
  // Array.prototype.sort is stable: equal weights keep the factor order written in path-factors.ts.
  const pros = factors
    .filter((f) => f.pro && f.points >= REASON_MIN_POINTS)
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_PROS)
    .map((f) => f.pro!())
    .filter((text): text is string => text !== undefined);
  const cons = factors
    .filter((f) => f.con && f.points <= -REASON_MIN_POINTS)
    .sort((a, b) => a.points - b.points)
    .slice(0, MAX_CONS)
    .map((f) => f.con!());
  return { pros, cons };
}

function score(path: TransitionPath, input: AssessmentInput, ctx: FitContext): Scored {
  const factors = factorsFor(path, input, ctx);
  const fit = fitFor(path, input, ctx.readiness);
  const { pros, cons } = reasonsOf(path, input, factors);
  const levers = factors.flatMap((f) => f.levers ?? []);
  return { result: { path, fit, reasons: [...pros, ...cons], pros, cons, level: levelFor(ctx.readiness, input) }, levers };
}

/**
 * Whether a path may lead: the internal move may not when the person isn't employed (contract v2), nor, in
 * model 3, at a services firm without PMs, which has no product of its own to manage. Not employed, it is
 * last whatever the fits; at a services firm its fit is held below the best other path (fitFor), and it
 * ranks after the others on a tie.
 */
export const internalClosed = (input: AssessmentInput) =>
  input.employment !== "employed" || (input.company.kind === "services" && !input.company.employsPMs);
const eligible = (path: TransitionPath, input: AssessmentInput) => (path === "internal_move" && input.employment !== "employed" ? 0 : 1);
const openOnTie = (path: TransitionPath, input: AssessmentInput) => (path === "internal_move" && internalClosed(input) ? 0 : 1);

function rank(input: AssessmentInput, fits: Fits): TransitionPath[] {
  return [...PATHS].sort(
    (a, b) =>
      eligible(b, input) - eligible(a, input) ||
      fits[b] - fits[a] ||
      openOnTie(b, input) - openOnTie(a, input) ||
      PATH_TIE_ORDER.indexOf(a) - PATH_TIE_ORDER.indexOf(b),
  );
}

/** rank(input, fits)[0] without sorting: it runs once per lever. */
function leaderOf(input: AssessmentInput, fits: Fits): TransitionPath {
  let best: TransitionPath = PATH_TIE_ORDER[0]!;
  for (const path of PATH_TIE_ORDER) {
    if (path === best) continue;
    const better =
      eligible(path, input) - eligible(best, input) || fits[path] - fits[best] || openOnTie(path, input) - openOnTie(best, input);
    if (better > 0) best = path;
  }
  return best;
}

/** Re-scores an input change for one path, each change and path at most once per call. */
function makeRescorer(input: AssessmentInput, readinessFor: ReadinessFor) {
  const changed = new Map<string, { input: AssessmentInput; readiness: number; fits: Partial<Record<TransitionPath, number>> }>();
  return (lever: Lever, path: TransitionPath): number => {
    let c = changed.get(lever.text);
    if (!c) {
      const next = lever.apply(input);
      c = { input: next, readiness: readinessFor(next), fits: {} };
      changed.set(lever.text, c);
    }
    return (c.fits[path] ??= fitFor(path, c.input, c.readiness));
  };
}

/** Which path leads after a change, from the fits re-scored for it. */
function leaderAfter(lever: Lever, input: AssessmentInput, rescore: ReturnType<typeof makeRescorer>): TransitionPath {
  const fits: Fits = {
    internal_move: rescore(lever, "internal_move"),
    junior_pm: rescore(lever, "junior_pm"),
    startup: rescore(lever, "startup"),
  };
  // Ranking reads employment and the company's PMs and kind besides the fits: read them after the change.
  return leaderOf(lever.apply(input), fits);
}

/** Changes of preference or support that might make another path lead; each is checked by re-scoring. */
export function lowerings(input: AssessmentInput): Lever[] {
  const out: Lever[] = [];
  const c = input.company;
  if (input.employment === "employed" && c.managerSupport !== "no")
    out.push({
      text: c.managerSupport === "yes" ? "if your manager withdrew their support" : "if your manager came out against the move",
      apply: (i) => ({ ...i, company: { ...i.company, managerSupport: "no" } }),
    });
  if (input.wantsMentorship > 1)
    out.push({ text: "if you came to want less structure and more autonomy", apply: (i) => ({ ...i, wantsMentorship: 1 }) });
  if (input.wantsMentorship < 5)
    out.push({ text: "if you came to want close mentoring and structure", apply: (i) => ({ ...i, wantsMentorship: 5 }) });
  if (input.riskTolerance < 5)
    out.push({ text: "if you became comfortable with much more risk", apply: (i) => ({ ...i, riskTolerance: 5 }) });
  if (input.riskTolerance > 1) out.push({ text: "if you came to need more stability", apply: (i) => ({ ...i, riskTolerance: 1 }) });
  return out;
}

/** All three paths, best fit first; equal fits follow PATH_TIE_ORDER. */
export function scorePaths(input: AssessmentInput, ctx: FitContext, readinessFor: ReadinessFor): PathResult[] {
  const level = levelFor(ctx.readiness, input);
  const scored: Record<TransitionPath, Scored> = {
    internal_move: score("internal_move", input, ctx),
    junior_pm: score("junior_pm", input, ctx),
    startup: score("startup", input, ctx),
  };
  const fits: Fits = {
    internal_move: scored.internal_move.result.fit,
    junior_pm: scored.junior_pm.result.fit,
    startup: scored.startup.result.fit,
  };
  const order = rank(input, fits);
  const rescore = makeRescorer(input, readinessFor);

  return order.map((path, index) => {
    const own = scored[path];
    let { pros, reasons } = own.result;
    if (pros.length === 0 && (index === 0 || own.result.cons.length === 0) && eligible(path, input)) {
      pros = [path === "junior_pm" && level === "pm" ? GENERAL_PRO_AT_PM_LEVEL : GENERAL_PRO[path]];
      reasons = [...pros, ...own.result.cons];
    }

    let changes: string[];
    if (index > 0) {
      // Levers that really raise this path, largest gain first (stable on ties).
      changes = own.levers
        .map((lever) => ({ text: lever.text, gain: rescore(lever, path) - own.result.fit }))
        .filter((l) => l.gain >= 1)
        .sort((a, b) => b.gain - a.gain)
        .slice(0, MAX_CHANGES)
        .map((l) => l.text);
      const seen = new Set<string>();
      changes = changes.filter((t) => !seen.has(t) && seen.add(t));
    } else {
      // For the leader: single changes after which another path really leads.
      const overtakes: { text: string; margin: number }[] = [];
      for (const other of order.slice(1)) {
        for (const lever of scored[other].levers) {
          // Cheap first: the change must at least close the gap on this path's own fit.
          const otherAfter = rescore(lever, other);
          if (otherAfter - fits[other] < 1) continue;
          if (leaderAfter(lever, input, rescore) === other)
            overtakes.push({
              text: `${lever.text} (${PATH_IN_SENTENCE[other]} could then fit you better)`,
              margin: otherAfter - rescore(lever, path),
            });
        }
      }
      for (const lever of lowerings(input)) {
        const next = leaderAfter(lever, input, rescore);
        if (next !== path) overtakes.push({ text: `${lever.text} (${PATH_IN_SENTENCE[next]} would then fit you better)`, margin: -1 });
      }
      const seen = new Set<string>();
      changes = overtakes
        .sort((a, b) => b.margin - a.margin)
        .map((o) => o.text)
        .filter((t) => !seen.has(t) && seen.add(t))
        .slice(0, MAX_CHANGES);
    }
    return { ...own.result, pros, reasons, wouldChangeIf: changes };
  });
}

/**
 * Path fit: turns each path's factors (path-factors.ts) into a 0–100 fit, the reasons behind it and
 * what would change its standing, then ranks the three paths. Model documented in docs/scoring.md.
 */
import type { AssessmentInput, PathResult, TransitionPath } from "./schema";
import {
  internalFactors,
  juniorFactors,
  startupFactors,
  type Factor,
  type FitContext,
  type Lever,
} from "./path-factors";

export const BASE_FIT: Readonly<Record<TransitionPath, number>> = {
  internal_move: 30,
  junior_pm: 40,
  startup: 30,
};

/**
 * Internal move's fit when the company employs no PMs: there is no PM role to move into, so the path is
 * not open today. scorePaths also ranks it last in that case, even on a tie at 0.
 */
export const INTERNAL_FIT_WITHOUT_PMS = 0;

/**
 * Equal fits rank in this order — the lower-risk path first, as a careful coach would advise — except
 * that an internal move without PMs always ranks last.
 */
export const PATH_TIE_ORDER: readonly TransitionPath[] = ["internal_move", "junior_pm", "startup"];

/** A factor's reason is shown only if it moved the fit by at least this many points. */
export const REASON_MIN_POINTS = 3;
export const MAX_REASONS = 4;
export const MAX_CHANGES = 3;

/** Short names used inside sentences about another path. */
const PATH_IN_SENTENCE: Readonly<Record<TransitionPath, string>> = {
  internal_move: "an internal move",
  junior_pm: "a junior PM role at a new company",
  startup: "a startup product role",
};

const NEUTRAL_REASON: Readonly<Record<TransitionPath, string>> = {
  internal_move: "Nothing in your answers pulls strongly for or against a move within your company.",
  junior_pm: "Nothing in your answers pulls strongly for or against a junior PM role at a new company.",
  startup: "Nothing in your answers pulls strongly for or against a product role at a startup.",
};

/** For the leading path when no single change would let another path catch up: what would lower it. */
function whatWouldLower(path: TransitionPath, input: AssessmentInput): string {
  switch (path) {
    case "internal_move":
      return input.company.managerSupport === "yes"
        ? "if your manager withdrew their support, or you left the company"
        : "if your manager came out against the move, or you left the company";
    case "junior_pm":
      return "if you came to want less structure and more autonomy than a junior role gives";
    case "startup":
      return "if you came to want more stability or closer mentoring";
  }
}

interface Scored {
  result: PathResult;
  /** Things that would raise this path, largest gain first. */
  levers: Lever[];
}

const clampFit = (raw: number) => Math.min(100, Math.max(0, Math.round(raw)));

function fitOf(path: TransitionPath, factors: readonly Factor[]): number {
  return clampFit(BASE_FIT[path] + factors.reduce((sum, f) => sum + f.points, 0));
}

function reasonsOf(path: TransitionPath, factors: readonly Factor[]): Pick<PathResult, "reasons" | "pros" | "cons"> {
  // Array.prototype.sort is stable: equal weights keep the factor order written in path-factors.ts.
  const shown = factors
    .filter((f) => f.reason && Math.abs(f.points) >= REASON_MIN_POINTS)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, MAX_REASONS);
  const pros = shown.filter((f) => f.points > 0).map((f) => f.reason!);
  const cons = shown.filter((f) => f.points < 0).map((f) => f.reason!);
  if (pros.length + cons.length === 0) return { reasons: [NEUTRAL_REASON[path]], pros: [], cons: [NEUTRAL_REASON[path]] };
  return { reasons: [...pros, ...cons], pros, cons };
}

function leversOf(factors: readonly Factor[]): Lever[] {
  const levers: Lever[] = [];
  for (const factor of factors) {
    for (const lever of factor.levers ?? []) if (lever.gain > 0) levers.push(lever);
  }
  // Stable: equal gains keep the factor order written in path-factors.ts.
  return levers.sort((a, b) => b.gain - a.gain);
}

function scoreInternal(input: AssessmentInput, ctx: FitContext): Scored {
  const factors = internalFactors(input, ctx);
  const uncapped = fitOf("internal_move", factors);
  if (input.company.employsPMs) {
    return {
      result: { path: "internal_move", fit: uncapped, ...reasonsOf("internal_move", factors) },
      levers: leversOf(factors),
    };
  }
  // No PMs, no PM role to move into: the path is closed; lead with the one change that would open it.
  const fit = Math.min(uncapped, INTERNAL_FIT_WITHOUT_PMS);
  const hirePMs: Lever = {
    text: "if your company hired product managers, or created a product role you could step into",
    gain: Math.max(1, uncapped - fit),
  };
  return {
    result: {
      path: "internal_move",
      fit,
      ...(() => {
        const con =
          "Your company doesn't employ product managers, so there's no PM team to move into there — an internal move isn't open to you today.";
        return { reasons: [con], pros: [], cons: [con] };
      })(),
    },
    // Other levers only matter once PMs exist, so the hiring lever always comes first.
    levers: [hirePMs, ...leversOf(factors)],
  };
}

function scoreSimple(path: TransitionPath, factors: readonly Factor[]): Scored {
  return { result: { path, fit: fitOf(path, factors), ...reasonsOf(path, factors) }, levers: leversOf(factors) };
}

/**
 * What would change a path's standing. For a trailing path: the changes that would raise it most (or,
 * if none are left, what would lower the leader). For the leading path: the single changes that could
 * let another path catch up (estimated gain at least the fit difference); if none, what would lower it.
 */
function changesFor(index: number, ranked: readonly Scored[], input: AssessmentInput): string[] {
  const own = ranked[index]!;
  const leader = ranked[0]!.result.path;
  if (index > 0) {
    const raise = own.levers.slice(0, MAX_CHANGES).map((l) => l.text);
    // Nothing left to raise this path: only the leader falling would change its standing.
    return raise.length > 0 ? raise : [whatWouldLower(leader, input)];
  }

  const overtakes = ranked
    .slice(1)
    .flatMap((other) =>
      other.levers
        .filter((l) => l.gain >= own.result.fit - other.result.fit)
        .map((l) => ({ gain: l.gain, text: `${l.text} (${PATH_IN_SENTENCE[other.result.path]} could then fit you as well or better)` })),
    )
    .sort((a, b) => b.gain - a.gain)
    .slice(0, MAX_CHANGES)
    .map((l) => l.text);
  return overtakes.length > 0 ? overtakes : [whatWouldLower(own.result.path, input)];
}

/** All three paths, best fit first; equal fits follow PATH_TIE_ORDER. */
export function scorePaths(input: AssessmentInput, ctx: FitContext): PathResult[] {
  const scored: Scored[] = [
    scoreInternal(input, ctx),
    scoreSimple("junior_pm", juniorFactors(input, ctx)),
    scoreSimple("startup", startupFactors(input)),
  ];
  // The contract rule, guarded independently of the weights: without PMs, internal move ranks last.
  const eligible = (s: Scored) => (s.result.path === "internal_move" && !input.company.employsPMs ? 0 : 1);
  scored.sort(
    (a, b) =>
      eligible(b) - eligible(a) ||
      b.result.fit - a.result.fit ||
      PATH_TIE_ORDER.indexOf(a.result.path) - PATH_TIE_ORDER.indexOf(b.result.path),
  );
  return scored.map((s, i) => ({ ...s.result, wouldChangeIf: changesFor(i, scored, input) }));
}

export type { FitContext } from "./path-factors";

/**
 * The factors behind each path's fit: one per answer that matters to that path, with its points, the
 * plain-language reason and what would raise it. Each factor traces to what the source article says the
 * path needs (docs/scoring.md, "Path fit"). Assembly and ranking live in path-fit.ts.
 */
import {
  SKILL_AREAS,
  type AssessmentInput,
  type SkillArea,
} from "./schema";
import { SKILL_MODEL } from "./skills";

export interface FitContext {
  /** 0–100, from computeReadiness */
  readiness: number;
  /** Areas below target, largest gap first */
  gaps: readonly SkillArea[];
  /** Readiness if every gap were closed (each area below target raised to its target) */
  readinessWithGapsClosed: number;
}

/** Something that would raise a path's fit, and by how many points at most. */
export interface Lever {
  text: string;
  gain: number;
}

/** One answer's contribution to a path's fit. */
export interface Factor {
  points: number;
  /** Shown when |points| ≥ REASON_MIN_POINTS (path-fit.ts). */
  reason?: string;
  levers?: Lever[];
}

/** "At 3 or above" counts an area towards breadth, the startup path's measure of a generalist. */
export const BREADTH_LEVEL = 3;

// ---------- wording helpers ----------

function years(n: number): string {
  if (n < 1) return "less than a year";
  const rounded = Math.round(n * 10) / 10;
  return rounded === 1 ? "1 year" : `${rounded} years`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const areaName = (area: SkillArea) => SKILL_MODEL[area].label.toLowerCase();

function evidenceDone(input: AssessmentInput): string[] {
  const done: string[] = [];
  if (input.evidence.ledCrossFunctional) done.push("led cross-functional work");
  if (input.evidence.sideProject) done.push("built a side project");
  if (input.evidence.customerFacing) done.push("worked directly with customers");
  return done;
}

// ---------- internal move ----------

export function internalFactors(input: AssessmentInput, ctx: FitContext): Factor[] {
  const { company, evidence } = input;
  const factors: Factor[] = [];

  if (company.employsPMs) {
    factors.push(
      company.worksWithPMs
        ? {
            points: 20,
            reason: "Your company already employs PMs and you work with them: you know how they work, and they know you.",
          }
        : {
            points: -5,
            reason: "Your company employs PMs, but you don't work with them yet, so fewer people there can vouch for you.",
            levers: [
              {
                text: "if you started working with your company's PMs — offer to help one with a task outside your job description",
                gain: 25,
              },
            ],
          },
    );
  }

  const t = company.tenureYears;
  if (t < 1) {
    factors.push({
      points: -8,
      reason: "You've been at your company for under a year; most teams want to see a track record in your current role before a move.",
      levers: [{ text: "if you had been at the company a year or two and built a track record", gain: 22 }],
    });
  } else {
    const points = t < 2 ? 4 : t < 4 ? 10 : 14;
    factors.push({
      points,
      reason:
        t < 2
          ? `You've been at your company for ${years(t)}, the start of a track record you can point to.`
          : `You've been at your company for ${years(t)}: long enough to have a track record people know.`,
      levers: points < 14 ? [{ text: "if you had a longer track record at the company", gain: 14 - points }] : [],
    });
  }

  const support = company.managerSupport;
  factors.push(
    support === "yes"
      ? { points: 15, reason: "You told us your manager would back the move." }
      : support === "unsure"
        ? { points: 0, levers: [{ text: "if your manager backed the move — ask them directly", gain: 15 }] }
        : {
            points: -15,
            reason: "You told us your manager wouldn't support the move, which makes an internal switch much harder.",
            levers: [{ text: "if your manager backed the move", gain: 30 }],
          },
  );

  // Achievements make the case: the article's "highlight your experience and achievements".
  const done = evidenceDone(input);
  const evidencePoints =
    (evidence.ledCrossFunctional ? 8 : 0) + (evidence.sideProject ? 3 : 0) + (evidence.customerFacing ? 3 : 0);
  const evidenceLevers: Lever[] = [];
  if (!evidence.ledCrossFunctional)
    evidenceLevers.push({ text: "if you led a cross-functional project you could point to", gain: 8 });
  if (!evidence.sideProject)
    evidenceLevers.push({ text: "if you shipped a side project that shows your product thinking", gain: 3 });
  factors.push(
    done.length > 0
      ? { points: evidencePoints, reason: `You have achievements to make your case with: you've ${list(done)}.`, levers: evidenceLevers }
      : {
          points: -4,
          reason: "You haven't yet led cross-functional work, built a side project or worked with customers — achievements like these make the case for a move.",
          levers: evidenceLevers.map((l) => ({ ...l, gain: l.gain + 4 })),
        },
  );

  const readinessPoints = (ctx.readiness - 50) * 0.2;
  const firstGap = ctx.gaps[0];
  const gapClosingGain = (ctx.readinessWithGapsClosed - ctx.readiness) * 0.2;
  factors.push({
    points: readinessPoints,
    reason:
      readinessPoints > 0
        ? `Your skill ratings put your readiness at ${ctx.readiness} of 100, which strengthens your case.`
        : `Your readiness is ${ctx.readiness} of 100; closing skill gaps first will make your case stronger.`,
    levers: firstGap
      ? [{ text: `if you closed your skill gaps, starting with ${areaName(firstGap)}`, gain: gapClosingGain }]
      : [],
  });

  const risk = input.riskTolerance;
  factors.push({
    points: (3 - risk) * 4,
    reason:
      risk <= 2
        ? `You rated your risk tolerance ${risk} of 5: an internal move keeps your job security, colleagues and track record.`
        : `You rated your risk tolerance ${risk} of 5, so the safety of staying with your employer counts for less.`,
  });

  return factors;
}

// ---------- junior / associate PM at a new company ----------

export function juniorFactors(input: AssessmentInput, ctx: FitContext): Factor[] {
  const { company } = input;
  const factors: Factor[] = [];

  const m = input.wantsMentorship;
  factors.push({
    points: (m - 3) * 8,
    reason:
      m >= 4
        ? `You told us you want mentorship and structure (${m} of 5) — exactly what junior and associate PM roles are built to give.`
        : `You rated your wish for mentorship ${m} of 5, and junior roles come with close supervision and less autonomy.`,
    levers: m < 4 ? [{ text: "if you wanted more structure and mentoring while you learn", gain: (5 - m) * 8 }] : [],
  });

  const risk = input.riskTolerance;
  factors.push({
    points: (3 - risk) * 3,
    reason:
      risk <= 2
        ? `You rated your risk tolerance ${risk} of 5: an established company with a defined junior role is steadier than a startup.`
        : `You rated your risk tolerance ${risk} of 5, so a structured junior role may feel slow to you.`,
    levers: risk > 1 ? [{ text: "if you valued the stability of an established company more", gain: (risk - 1) * 3 }] : [],
  });

  // "Suits those with little product background": the less ready, the more a teaching role fits.
  const readinessPoints = Math.min(15, Math.max(-10, (60 - ctx.readiness) * 0.25));
  factors.push({
    points: readinessPoints,
    reason:
      readinessPoints > 0
        ? `Your readiness is ${ctx.readiness} of 100: you're early in building product skills, and a junior role is designed to teach them.`
        : `Your readiness is ${ctx.readiness} of 100, so you may be ready for more autonomy than a junior role gives.`,
  });

  const y = input.yearsExperience;
  if (y < 3) {
    factors.push({
      points: 6,
      reason: `With ${years(y)} of work experience, you fit the early-career profile associate PM programmes hire for.`,
    });
  } else if (y >= 10) {
    factors.push({
      points: -4,
      reason: `With ${years(y)} of experience, a junior title could mean a step back in pay and seniority.`,
    });
  }

  if (!company.employsPMs) {
    factors.push({
      points: 8,
      reason: "Your company doesn't employ PMs, so joining one that does is how you'll learn from experienced product people.",
    });
  } else if (company.managerSupport === "no") {
    factors.push({
      points: 5,
      reason: "Your manager wouldn't back an internal move, so a new company may be the quicker route.",
    });
  }

  // A new employer only sees the resume: relevant experience to put first helps (2 points each).
  const done = evidenceDone(input);
  factors.push({
    points: 2 * done.length,
    reason: done.length > 0 ? `You have relevant experience to put first on your resume: you've ${list(done)}.` : undefined,
    levers: input.evidence.sideProject
      ? []
      : [{ text: "if you had a side project to lead your resume with", gain: 2 }],
  });

  return factors;
}

// ---------- product role at a startup ----------

export function startupFactors(input: AssessmentInput): Factor[] {
  const { evidence, skills } = input;
  const factors: Factor[] = [];

  const risk = input.riskTolerance;
  factors.push({
    points: (risk - 3) * 10,
    reason:
      risk >= 3
        ? `You rated your risk tolerance ${risk} of 5: you can live with a startup's uncertainty, including the chance the company doesn't make it.`
        : `You rated your risk tolerance ${risk} of 5; a startup's uncertainty — demanding work and no guarantee the company survives — sits badly with that.`,
    levers: risk < 5 ? [{ text: "if you were comfortable with more risk and uncertainty", gain: (5 - risk) * 10 }] : [],
  });

  const m = input.wantsMentorship;
  factors.push({
    points: (3 - m) * 5,
    reason:
      m <= 2
        ? `You don't need much hand-holding (you rated your wish for mentorship ${m} of 5), and startups rarely have senior PMs to learn from.`
        : `You want a lot of mentorship (${m} of 5), and startups rarely have senior PMs to give it.`,
    levers:
      m >= 3 ? [{ text: "if you were happy to learn on your own, without a senior PM to mentor you", gain: (m - 1) * 5 }] : [],
  });

  // Initiative — the article's "gumption": things you started yourself.
  const initiativeLevers: Lever[] = [];
  if (!evidence.sideProject)
    initiativeLevers.push({ text: "if you shipped a side project — the kind of initiative startups look for", gain: 12 });
  if (!evidence.ledCrossFunctional)
    initiativeLevers.push({ text: "if you led a cross-functional effort", gain: 6 });
  const initiative: string[] = [];
  if (evidence.sideProject) initiative.push("built a side project");
  if (evidence.ledCrossFunctional) initiative.push("led cross-functional work");
  factors.push(
    initiative.length > 0
      ? {
          points: (evidence.sideProject ? 12 : 0) + (evidence.ledCrossFunctional ? 6 : 0),
          reason: `You've shown initiative: you've ${list(initiative)}.`,
          levers: initiativeLevers,
        }
      : {
          points: -4,
          reason: "You haven't yet shown initiative outside your role, such as a side project — startups look for people who start things themselves.",
          levers: initiativeLevers.map((l) => ({ ...l, gain: l.gain + 4 })),
        },
  );

  // Breadth over depth: how many areas reach "Practising".
  const broad = SKILL_AREAS.filter((a) => skills[a] >= BREADTH_LEVEL).length;
  const narrow = SKILL_AREAS.filter((a) => skills[a] < BREADTH_LEVEL).sort((a, b) => skills[b] - skills[a]);
  factors.push({
    points: (broad - 4) * 3,
    reason:
      broad >= 4
        ? `You rated ${broad} of 8 skill areas at ${BREADTH_LEVEL} or above: startups value breadth more than depth.`
        : broad === 0
          ? `None of your 8 skill areas is at ${BREADTH_LEVEL} or above yet, and a startup PM covers many jobs at once.`
          : `Only ${broad} of 8 skill areas ${broad === 1 ? "is" : "are"} at ${BREADTH_LEVEL} or above, and a startup PM covers many jobs at once.`,
    levers:
      narrow.length > 0
        ? [
            {
              text: `if you brought more skill areas up to ${BREADTH_LEVEL}, such as ${list(narrow.slice(0, 2).map(areaName))}`,
              gain: narrow.length * 3,
            },
          ]
        : [],
  });

  factors.push(
    evidence.customerFacing
      ? { points: 4, reason: "You've worked directly with customers, which startup product people do every day." }
      : { points: 0, levers: [{ text: "if you had direct customer-facing experience", gain: 4 }] },
  );

  return factors;
}

/**
 * Model 2's factors behind each path's fit: one per answer that matters to that path, with its points, the
 * reason for or against, and the levers (input changes) that would raise it. Every number is a continuous
 * ramp, never a band, so no small change in years makes a jump. Each factor, its source (the article or our
 * judgement) and its reason are in docs/scoring.md, "Path fit". Assembly and ranking live in path-fit.ts.
 *
 * Two rules keep the readiness gate true (docs/scoring.md, "Properties"): skills enter a fit only through
 * readiness and breadth, and every readiness term is non-decreasing below readiness 60.
 */
import { SKILL_AREAS, type AssessmentInput, type CompanyKind, type CompanySize, type SkillArea } from "./schemas";
import { SKILL_MODEL } from "./skills";

export interface FitContext {
  /** 0–100, from computeReadiness */
  readiness: number;
  /** Areas below target, largest gap first */
  gaps: readonly SkillArea[];
}

/** An input change the person could make, and the words for it. Its gain is measured by re-scoring. */
export interface Lever {
  text: string;
  apply: (input: AssessmentInput) => AssessmentInput;
}

/** One answer's contribution to a path's fit. Its reason is the pro when points > 0, the con when < 0. */
export interface Factor {
  points: number;
  /** Words are built only when shown: levers re-score many inputs whose reasons nobody reads. */
  pro?: () => string | undefined;
  con?: () => string;
  levers?: Lever[];
}

/** "At 3 or above" counts an area towards breadth, the startup path's measure of a generalist. */
export const BREADTH_LEVEL = 3;

/** 0 at or below `from`, 1 at or above `to`, linear between: the one shape of every continuous factor. */
export function ramp(x: number, from: number, to: number): number {
  if (x <= from) return 0;
  if (x >= to) return 1;
  return (x - from) / (to - from);
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/**
 * Seniority in [0, 1]: very high readiness together with many years. Zero below readiness 65, so it never
 * touches the readiness gate (below 60).
 */
export function seniority(readiness: number, years: number): number {
  return ramp(readiness, 65, 90) * ramp(years, 5, 12);
}

// ---------- the numbers: one function per factor, shared by the fit and its reasons ----------
// path-fit.ts re-scores every lever through pathPoints, which allocates nothing; the factor lists below use
// the same functions, and a unit test checks that both sums agree.

const SIZE_POINTS: Readonly<Record<CompanySize, number>> = { under_50: 8, "50_to_500": 0, over_500: -8 };

/**
 * Model 3: what the company builds, as if it did (or didn't) employ PMs. Absent (not known) is 0, exactly
 * model 2; "product" is never below 0 and "services" and "non_tech" never above, so product ≥ absent ≥
 * services and absent ≥ non_tech. Without PMs the kind matters most: a product company without a PM has
 * product work nobody owns yet; a services firm has no product of its own to manage.
 */
export const KIND_POINTS: Readonly<Record<CompanyKind, { withPMs: number; withoutPMs: number }>> = {
  product: { withPMs: 16, withoutPMs: 26 },
  services: { withPMs: -4, withoutPMs: -25 },
  non_tech: { withPMs: 0, withoutPMs: -10 },
};

/** Model 3: the open doors and domain expertise, each a pro for one path only. */
export const DOOR_POINTS = { referral: 8, startupContact: 16, domainForStartup: 7, domainForNewCompany: 3 } as const;

const hasReferral = (i: AssessmentInput) => i.openDoors?.referral === true;
const hasStartupContact = (i: AssessmentInput) => i.openDoors?.startupContact === true;
const hasDomain = (i: AssessmentInput) => i.evidence.domainExpertise === true;

/**
 * Model 3: the tenure factor's value on day one (model 2: −8), rising to +14 at four years. Real moves
 * happened months into a job often enough that a new joiner's case is weaker, not closed.
 */
const TENURE_FROM = -4;
/** Model 3: model 2's 20 points against associate programmes for the very senior, now that the level says "PM". */
const STEP_BACK_SENIORITY = 0;
/** Model 3: at most this many points for an experienced hire into a full PM role at a new company. */
export const EXPERIENCED_HIRE = 14;

/** Model 3: below this readiness, PMs beside you soften the internal move's readiness term (they can teach). */
const BESIDE_PMS_SLOPE = 0.2;

export const P = {
  pmTeam: (c: AssessmentInput["company"], withPMs: boolean) =>
    withPMs ? (c.worksWithPMs ? 20 : -5) : -12 + (c.worksWithPMs ? 3 : 0) + (c.size ? SIZE_POINTS[c.size] : 0),
  tenure: (t: number) => TENURE_FROM + (14 - TENURE_FROM) * ramp(t, 0, 4),
  support: (s: AssessmentInput["company"]["managerSupport"], withPMs: boolean) =>
    s === "yes" ? (withPMs ? 15 : 18) : s === "no" ? (withPMs ? -15 : -20) : 0,
  internalEvidence: (e: AssessmentInput["evidence"], withPMs: boolean) =>
    e.ledCrossFunctional || e.sideProject || e.customerFacing
      ? (withPMs ? 1 : 1.25) * ((e.ledCrossFunctional ? 8 : 0) + (e.sideProject ? 3 : 0) + (e.customerFacing ? 3 : 0))
      : withPMs
        ? -4
        : -8,
  internalReadiness: (r: number, besidePMs: boolean) => {
    const x = clamp(r, 25, 75) - 55;
    return x < 0 && besidePMs ? BESIDE_PMS_SLOPE * x : 0.4 * x;
  },
  internalRisk: (k: number) => (3 - k) * 4,
  kind: (c: AssessmentInput["company"], withPMs: boolean) => (c.kind ? KIND_POINTS[c.kind][withPMs ? "withPMs" : "withoutPMs"] : 0),

  juniorMentorship: (m: number) => (m - 3) * 8,
  juniorRisk: (k: number) => (3 - k) * 3,
  // Model 3: steeper below 45, where external junior roles, the most contested door, rarely open.
  juniorReadiness: (r: number) => 0.35 * (clamp(r, 25, 70) - 50) + 0.3 * (clamp(r, 25, 45) - 45),
  early: (y: number) => 6 * (1 - ramp(y, 1, 4)),
  stepBack: (y: number, r: number) => 6 * ramp(y, 8, 15) + STEP_BACK_SENIORITY * seniority(r, y),
  // Model 3: years of relevant experience with readiness to match earn a full PM role at a new company.
  experiencedHire: (y: number, r: number) => EXPERIENCED_HIRE * ramp(r, 55, 70) * ramp(y, 4, 10),
  juniorSituation: (i: AssessmentInput) =>
    i.employment !== "employed"
      ? 6
      : !i.company.employsPMs
        ? i.company.kind === "product"
          ? 0
          : 6
        : i.company.managerSupport === "no"
          ? 5
          : 0,
  resume: (e: AssessmentInput["evidence"]) => 2 * ((e.ledCrossFunctional ? 1 : 0) + (e.sideProject ? 1 : 0) + (e.customerFacing ? 1 : 0)),
  referral: (i: AssessmentInput) => (hasReferral(i) ? DOOR_POINTS.referral : 0),
  domainForNewCompany: (i: AssessmentInput) => (hasDomain(i) ? DOOR_POINTS.domainForNewCompany : 0),

  startupRisk: (k: number) => (k - 3) * 10,
  startupMentorship: (m: number) => (3 - m) * 5,
  initiative: (e: AssessmentInput["evidence"]) =>
    e.sideProject || e.ledCrossFunctional ? (e.sideProject ? 12 : 0) + (e.ledCrossFunctional ? 6 : 0) : -4,
  selfEmployed: (i: AssessmentInput) => (i.employment === "self_employed" ? 5 : 0),
  breadth: (skills: AssessmentInput["skills"]) => {
    let broad = 0;
    for (const a of SKILL_AREAS) if (skills[a] >= BREADTH_LEVEL) broad++;
    return (broad - 4) * 3;
  },
  customers: (e: AssessmentInput["evidence"]) => (e.customerFacing ? 4 : 0),
  startupReadiness: (r: number) => 0.25 * (clamp(r, 25, 75) - 50),
  startupSeniority: (y: number, r: number) => 8 * seniority(r, y),
  startupContact: (i: AssessmentInput) => (hasStartupContact(i) ? DOOR_POINTS.startupContact : 0),
  domainForStartup: (i: AssessmentInput) => (hasDomain(i) ? DOOR_POINTS.domainForStartup : 0),
} as const;

/** Internal move's raw points (before the base), as if the company did (or didn't) employ PMs. */
export function internalPoints(i: AssessmentInput, readiness: number, withPMs: boolean): number {
  const c = i.company;
  return (
    P.pmTeam(c, withPMs) +
    P.tenure(c.tenureYears) +
    P.support(c.managerSupport, withPMs) +
    P.internalEvidence(i.evidence, withPMs) +
    P.internalReadiness(readiness, withPMs && c.worksWithPMs) +
    P.internalRisk(i.riskTolerance) +
    P.kind(c, withPMs)
  );
}

export function juniorPoints(i: AssessmentInput, readiness: number): number {
  return (
    P.juniorMentorship(i.wantsMentorship) +
    P.juniorRisk(i.riskTolerance) +
    P.juniorReadiness(readiness) +
    P.early(i.yearsExperience) -
    P.stepBack(i.yearsExperience, readiness) +
    P.experiencedHire(i.yearsExperience, readiness) +
    P.juniorSituation(i) +
    P.resume(i.evidence) +
    P.referral(i) +
    P.domainForNewCompany(i)
  );
}

export function startupPoints(i: AssessmentInput, readiness: number): number {
  return (
    P.startupRisk(i.riskTolerance) +
    P.startupMentorship(i.wantsMentorship) +
    P.initiative(i.evidence) +
    P.selfEmployed(i) +
    P.breadth(i.skills) +
    P.customers(i.evidence) +
    P.startupReadiness(readiness) +
    P.startupSeniority(i.yearsExperience, readiness) +
    P.startupContact(i) +
    P.domainForStartup(i)
  );
}

// ---------- wording helpers ----------

function yearsText(n: number): string {
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

// ---------- levers: each one a real change of answers ----------

const withEvidence = (key: keyof AssessmentInput["evidence"]) => (i: AssessmentInput) => ({
  ...i,
  evidence: { ...i.evidence, [key]: true },
});
const withDoor = (key: "referral" | "startupContact") => (i: AssessmentInput) => ({
  ...i,
  openDoors: { ...i.openDoors, [key]: true },
});
const withCompany = (patch: Partial<AssessmentInput["company"]>) => (i: AssessmentInput) => ({
  ...i,
  company: { ...i.company, ...patch },
});

function gapLever(ctx: FitContext): Lever[] {
  const first = ctx.gaps[0];
  if (!first) return [];
  const gaps = ctx.gaps;
  return [
    {
      text: `if you closed your skill gaps, starting with ${areaName(first)}`,
      apply: (i) => {
        const skills = { ...i.skills };
        for (const area of gaps) skills[area] = Math.max(skills[area], SKILL_MODEL[area].target);
        return { ...i, skills };
      },
    },
  ];
}

const LEAD_LEVER: Lever = {
  text: "if you led a cross-functional project you could point to",
  apply: withEvidence("ledCrossFunctional"),
};
const SIDE_PROJECT_LEVER: Lever = {
  text: "if you shipped a side project that shows your product thinking",
  apply: withEvidence("sideProject"),
};

// ---------- shared readiness term ----------

function readinessFactor(points: number, ctx: FitContext, pro: () => string, con: () => string): Factor {
  return { points, pro, con, levers: gapLever(ctx) };
}

// ---------- internal move ----------

/**
 * The internal move's factors. With PMs at the company it is the article's lateral move; without, it is
 * creating the company's first product role ("be the first product person here"), weighed by company size,
 * manager support and evidence. path-fit.ts caps the second at the first for the same answers.
 */
export function internalFactors(input: AssessmentInput, ctx: FitContext): Factor[] {
  const { company, evidence } = input;
  const withPMs = company.employsPMs;
  const factors: Factor[] = [];

  if (withPMs) {
    factors.push(
      company.worksWithPMs
        ? { points: 20, pro: () => "Your company already employs PMs and you work with them: you know how they work, and they know you." }
        : {
            points: -5,
            con: () => "Your company employs PMs, but you don't work with them yet, so fewer people there can vouch for you.",
            levers: [
              {
                text: "if you started working with your company's PMs — offer to help one with a task outside your job description",
                apply: withCompany({ worksWithPMs: true }),
              },
            ],
          },
    );
  } else {
    factors.push({
      points: -12,
      con: () =>
        "Your company has no product managers, so there is no PM team to join: the move means creating the first product role there, with no one to learn from.",
      levers: [
        {
          text: "if your company hired product managers you could work with",
          apply: withCompany({ employsPMs: true, worksWithPMs: true }),
        },
      ],
    });
    if (company.worksWithPMs)
      factors.push({
        points: 3,
        pro: () => "You already work with product managers outside your company, so you've seen the job up close.",
      });
    if (company.size) {
      const size = company.size;
      factors.push({
        points: SIZE_POINTS[size],
        pro: () => "Your company is small: a product role can be created around the person who already does the work.",
        con: () => "Your company is large and has no PMs: creating its first product role is a decision far above one team.",
      });
    }
  }

  // Continuous: −8 on day one, +14 from four years, zero at about a year and a half.
  const t = company.tenureYears;
  const tenurePoints = P.tenure(t);
  factors.push({
    points: tenurePoints,
    pro: () => `You've been at your company for ${yearsText(t)}: long enough to have a track record people know.`,
    con: () => `You've been at your company for ${yearsText(t)}; most teams want to see a longer track record before a move.`,
    levers:
      t < 4 && input.yearsExperience < 50
        ? [
            {
              text: "in a year or so, with a longer track record at the company",
              apply: (i) => ({
                ...i,
                yearsExperience: Math.min(50, i.yearsExperience + 1),
                company: { ...i.company, tenureYears: Math.min(50, i.company.tenureYears + 1) },
              }),
            },
          ]
        : [],
  });

  // The sponsor matters more when there is no product team to vouch for you.
  const support = company.managerSupport;
  factors.push(
    support === "yes"
      ? {
          points: P.support(support, withPMs),
          pro: () =>
            withPMs
              ? "You told us your manager would back the move."
              : "You told us your manager would back you: a new product role needs exactly that sponsor.",
        }
      : support === "unsure"
        ? {
            points: 0,
            levers: [{ text: "if your manager backed the move — ask them directly", apply: withCompany({ managerSupport: "yes" }) }],
          }
        : {
            points: P.support(support, withPMs),
            con: () => "You told us your manager wouldn't support the move, which makes an internal switch much harder.",
            levers: [{ text: "if your manager backed the move", apply: withCompany({ managerSupport: "yes" }) }],
          },
  );

  // Achievements make the case (the article's "highlight your experience and achievements"); a role that
  // doesn't exist yet needs more of them.
  const done = evidenceDone(input);
  const evidencePoints = P.internalEvidence(evidence, withPMs);
  const evidenceLevers: Lever[] = [];
  if (!evidence.ledCrossFunctional) evidenceLevers.push(LEAD_LEVER);
  if (!evidence.sideProject) evidenceLevers.push(SIDE_PROJECT_LEVER);
  factors.push(
    done.length > 0
      ? { points: evidencePoints, pro: () => `You have achievements to make your case with: you've ${list(done)}.`, levers: evidenceLevers }
      : {
          points: P.internalEvidence(evidence, withPMs),
          con: () =>
            "You haven't yet led cross-functional work, built a side project or worked with customers — achievements like these make the case for a move.",
          levers: evidenceLevers,
        },
  );

  const beside = withPMs && company.worksWithPMs;
  factors.push(
    readinessFactor(
      P.internalReadiness(ctx.readiness, beside),
      ctx,
      () => `Your skill ratings put your readiness at ${ctx.readiness} of 100, which strengthens your case.`,
      () =>
        beside
          ? `Your readiness is ${ctx.readiness} of 100; the PMs beside you are the people who can help you close the gaps while you make your case.`
          : `Your readiness is ${ctx.readiness} of 100; closing skill gaps first will make your case stronger.`,
    ),
  );

  const risk = input.riskTolerance;
  factors.push({
    points: (3 - risk) * 4,
    pro: () => `You rated your risk tolerance ${risk} of 5: an internal move keeps your job security, colleagues and track record.`,
    con: () => `You rated your risk tolerance ${risk} of 5, so the safety of staying with your employer counts for less.`,
  });

  if (company.kind) factors.push(kindFactor(company.kind, withPMs));

  return factors;
}

const KIND_WORDS: Readonly<Record<CompanyKind, { pro: string; con: string }>> = {
  product: {
    pro: "Your company builds its own product, so there is product work to own: ",
    con: "",
  },
  services: {
    pro: "",
    con: "Your company sells services to clients rather than building a product of its own, so ",
  },
  non_tech: {
    pro: "",
    con: "Your company doesn't build software or digital products, so ",
  },
};

function kindFactor(kind: CompanyKind, withPMs: boolean): Factor {
  const points = KIND_POINTS[kind][withPMs ? "withPMs" : "withoutPMs"];
  const words = KIND_WORDS[kind];
  return {
    points,
    pro: () =>
      withPMs
        ? `${words.pro}its PMs manage the product you already know.`
        : `${words.pro}with no PM there yet, someone has to do it, and acting as the team's PM can become the first PM role.`,
    con: () =>
      withPMs
        ? `${words.con}its PM roles are fewer and often closer to delivery than to owning a product.`
        : `${words.con}there is no product of its own to manage: a PM role there would have to be invented from nothing.`,
  };
}

// ---------- a PM role at a new company (the junior_pm key) ----------

export function juniorFactors(input: AssessmentInput, ctx: FitContext): Factor[] {
  const { company } = input;
  const factors: Factor[] = [];

  const m = input.wantsMentorship;
  factors.push({
    points: (m - 3) * 8,
    pro: () => `You told us you want mentorship and structure (${m} of 5) — exactly what junior and associate PM roles are built to give.`,
    con: () => `You rated your wish for mentorship ${m} of 5, and junior roles come with close supervision and less autonomy.`,
  });

  const risk = input.riskTolerance;
  factors.push({
    points: (3 - risk) * 3,
    pro: () => `You rated your risk tolerance ${risk} of 5: an established company with a defined junior role is steadier than a startup.`,
    con: () => `You rated your risk tolerance ${risk} of 5, so a structured junior role may feel slow to you.`,
  });

  // The gate: junior roles still hire against the entry bar; weak skills are not a reason to pick them.
  factors.push(
    readinessFactor(
      P.juniorReadiness(ctx.readiness),
      ctx,
      () => `Your readiness is ${ctx.readiness} of 100: you can compete for junior and associate PM roles.`,
      () =>
        `Your readiness is ${ctx.readiness} of 100: junior PM roles still expect the basics, so you'd struggle to get one before closing gaps.`,
    ),
  );

  const y = input.yearsExperience;
  const early = P.early(y);
  if (early > 0)
    factors.push({
      points: early,
      pro: () => `With ${yearsText(y)} of work experience, you fit the early-career profile associate PM programmes hire for.`,
    });
  // A step back in pay for the long-experienced: even a full PM title can pay less than many years elsewhere.
  const stepBack = P.stepBack(y, ctx.readiness);
  if (stepBack > 0)
    factors.push({
      points: -stepBack,
      con: () => `With ${yearsText(y)} of experience, a first product title could mean a step back in pay and seniority.`,
    });
  const experienced = P.experiencedHire(y, ctx.readiness);
  if (experienced > 0)
    factors.push({
      points: experienced,
      pro: () =>
        `With ${yearsText(y)} of experience and readiness ${ctx.readiness}, you can apply for full PM roles, not associate programmes: companies hire experienced people straight into them.`,
    });

  if (input.employment !== "employed") {
    factors.push({
      points: 6,
      pro: () => "Without a current employer to move within, joining a company with an established product team is the direct route.",
    });
  } else if (!company.employsPMs) {
    // Model 3: at a product company without PMs, the opening is at home (the internal move), not elsewhere.
    if (company.kind !== "product")
      factors.push({
        points: 6,
        pro: () => "Your company doesn't employ PMs, so joining one that does is how you'll learn from experienced product people.",
      });
  } else if (company.managerSupport === "no") {
    factors.push({ points: 5, pro: () => "Your manager wouldn't back an internal move, so a new company may be the quicker route." });
  }

  // A new employer only sees the resume: relevant experience to put first helps (2 points each).
  const done = evidenceDone(input);
  factors.push({
    points: 2 * done.length,
    pro: () => (done.length > 0 ? `You have relevant experience to put first on your resume: you've ${list(done)}.` : undefined),
    levers: input.evidence.sideProject
      ? []
      : [{ text: "if you had a side project to lead your resume with", apply: withEvidence("sideProject") }],
  });

  factors.push(
    hasReferral(input)
      ? {
          points: DOOR_POINTS.referral,
          pro: () => "Someone at a hiring company would refer you: a referral gets your application read by a person.",
        }
      : { points: 0, levers: [{ text: "if someone at a company you'd like to join would refer you", apply: withDoor("referral") }] },
  );
  if (hasDomain(input))
    factors.push({
      points: DOOR_POINTS.domainForNewCompany,
      pro: () => "You know an industry deeply: companies building for it value a PM who already speaks their customers' language.",
    });

  return factors;
}

// ---------- product role at a startup ----------

export function startupFactors(input: AssessmentInput, ctx: FitContext): Factor[] {
  const { evidence, skills } = input;
  const factors: Factor[] = [];

  const risk = input.riskTolerance;
  factors.push({
    points: (risk - 3) * 10,
    pro: () =>
      `You rated your risk tolerance ${risk} of 5: you can live with a startup's uncertainty, including the chance the company doesn't make it.`,
    con: () =>
      `You rated your risk tolerance ${risk} of 5; a startup's uncertainty — demanding work and no guarantee the company survives — sits badly with that.`,
  });

  const m = input.wantsMentorship;
  factors.push({
    points: (3 - m) * 5,
    pro: () =>
      `You don't need much hand-holding (you rated your wish for mentorship ${m} of 5), and startups rarely have senior PMs to learn from.`,
    con: () => `You want a lot of mentorship (${m} of 5), and startups rarely have senior PMs to give it.`,
  });

  // Initiative — the article's "gumption": things you started yourself.
  const initiativeLevers: Lever[] = [];
  if (!evidence.sideProject)
    initiativeLevers.push({
      text: "if you shipped a side project — the kind of initiative startups look for",
      apply: withEvidence("sideProject"),
    });
  if (!evidence.ledCrossFunctional)
    initiativeLevers.push({ text: "if you led a cross-functional effort", apply: withEvidence("ledCrossFunctional") });
  const initiative: string[] = [];
  if (evidence.sideProject) initiative.push("built a side project");
  if (evidence.ledCrossFunctional) initiative.push("led cross-functional work");
  factors.push(
    initiative.length > 0
      ? {
          points: (evidence.sideProject ? 12 : 0) + (evidence.ledCrossFunctional ? 6 : 0),
          pro: () => `You've shown initiative: you've ${list(initiative)}.`,
          levers: initiativeLevers,
        }
      : {
          points: -4,
          con: () =>
            "You haven't yet shown initiative outside your role, such as a side project — startups look for people who start things themselves.",
          levers: initiativeLevers,
        },
  );
  if (input.employment === "self_employed")
    factors.push({
      points: 5,
      pro: () => "You work for yourself, so you already live with the uncertainty and self-direction a startup asks for.",
    });

  // Breadth over depth: how many areas reach "Practising".
  const broad = SKILL_AREAS.filter((a) => skills[a] >= BREADTH_LEVEL).length;
  const narrow = SKILL_AREAS.filter((a) => skills[a] < BREADTH_LEVEL).sort((a, b) => skills[b] - skills[a]);
  const raise = narrow.slice(0, 2);
  factors.push({
    points: P.breadth(skills),
    pro: () => `You rated ${broad} of 8 skill areas at ${BREADTH_LEVEL} or above: startups value breadth more than depth.`,
    con: () =>
      broad === 0
        ? `None of your 8 skill areas is at ${BREADTH_LEVEL} or above yet, and a startup PM covers many jobs at once.`
        : `Only ${broad} of 8 skill areas ${broad === 1 ? "is" : "are"} at ${BREADTH_LEVEL} or above, and a startup PM covers many jobs at once.`,
    levers:
      raise.length > 0
        ? [
            {
              text: `if you brought more skill areas up to ${BREADTH_LEVEL}, such as ${list(raise.map(areaName))}`,
              apply: (i) => {
                const next = { ...i.skills };
                for (const area of raise) next[area] = Math.max(next[area], BREADTH_LEVEL);
                return { ...i, skills: next };
              },
            },
          ]
        : [],
  });

  factors.push(
    evidence.customerFacing
      ? { points: 4, pro: () => "You've worked directly with customers, which startup product people do every day." }
      : { points: 0, levers: [{ text: "if you had direct customer-facing experience", apply: withEvidence("customerFacing") }] },
  );

  // Open to unconventional backgrounds, so readiness weighs least here; still a gate, never a bonus for gaps.
  factors.push(
    readinessFactor(
      P.startupReadiness(ctx.readiness),
      ctx,
      () => `Your readiness is ${ctx.readiness} of 100: you'd bring enough of the basics to a small team.`,
      () => `Your readiness is ${ctx.readiness} of 100; a startup has little time to teach the basics.`,
    ),
  );

  factors.push(
    hasStartupContact(input)
      ? {
          points: DOOR_POINTS.startupContact,
          pro: () =>
            "You know a founder or early employee of a startup that needs product help: that open door is how many people get their first startup product role.",
        }
      : {
          points: 0,
          levers: [
            { text: "if you knew a founder or early employee of a startup that needs product help", apply: withDoor("startupContact") },
          ],
        },
  );
  if (hasDomain(input))
    factors.push({
      points: DOOR_POINTS.domainForStartup,
      pro: () => "You know an industry deeply, and startups building for it need someone who understands its customers and rules.",
    });

  const senior = seniority(ctx.readiness, input.yearsExperience);
  if (senior > 0)
    factors.push({
      points: P.startupSeniority(input.yearsExperience, ctx.readiness),
      pro: () =>
        `With ${yearsText(input.yearsExperience)} of experience and readiness ${ctx.readiness}, startups can hire you straight into a product lead role.`,
    });

  return factors;
}

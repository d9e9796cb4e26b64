/**
 * The bridge: below the entry bar (readiness < BRIDGE_BELOW) the honest advice is not "apply for PM roles"
 * but a product-adjacent step first (required). Model 3: from there to below BRIDGE_OPTIONAL_BELOW, a
 * background whose daily work sits next to one product-adjacent role is offered it as an option (not
 * required), beside the PM applications. Which one depends on where the person stands (docs/scoring.md,
 * "Bridge"); the article's own examples are the associate/specialist roles and gaining product experience
 * in your current job.
 */
import type { AssessmentInput, Background, Bridge, BridgeKind, SkillArea } from "./schemas";
import { SKILL_MODEL } from "./skills";

export const BRIDGE_ROLES: Readonly<Record<BridgeKind, string>> = {
  product_work_in_role: "Product work inside your current job",
  product_ops: "Product operations",
  product_specialist: "Product specialist",
  product_analyst: "Product analyst in a product team",
  apm_programme: "Associate PM programme",
  technical_product_owner: "Technical product owner",
  technical_program_manager: "Technical program manager",
};

/**
 * Model 3's optional bridges (readiness 40 to below 60): the fixed table by background from the contract's
 * readings. Backgrounds not listed get no optional bridge.
 */
export const OPTIONAL_BRIDGE_BY_BACKGROUND: Partial<Readonly<Record<Background, BridgeKind>>> = {
  customer_success: "product_specialist",
  support_engineer: "product_specialist",
  qa_engineer: "technical_product_owner",
  software_engineer: "technical_product_owner",
  data_analyst: "product_analyst",
  business_analyst: "product_analyst",
  researcher: "product_analyst",
  project_manager: "technical_program_manager",
  operations: "product_ops",
};

/** Backgrounds whose daily work sits next to one bridge role; anyone else is placed by their strongest area. */
const BRIDGE_BY_BACKGROUND: Partial<Readonly<Record<Background, BridgeKind>>> = {
  data_analyst: "product_analyst",
  business_analyst: "product_analyst",
  researcher: "product_analyst",
  operations: "product_ops",
  project_manager: "product_ops",
  engineering_manager: "product_ops",
  customer_success: "product_specialist",
  support_engineer: "product_specialist",
  sales: "product_specialist",
  solutions_engineer: "product_specialist",
  marketing: "product_specialist",
  teacher: "product_specialist",
  technical_writer: "product_specialist",
  qa_engineer: "product_specialist",
};

export interface BridgeContext {
  readiness: number;
  /** Areas below target, largest gap first */
  gaps: readonly SkillArea[];
}

/** Which bridge fits this person. Pure; the order of the rules is the order of the checks. */
export function bridgeKindFor(input: AssessmentInput): BridgeKind {
  const employment = input.employment;
  // Students and people at the very start of a career: the structured programmes are built for them.
  if (employment === "student" || (employment !== "employed" && input.yearsExperience < 2)) return "apm_programme";
  // A job with product people in reach, or one's own business: the cheapest bridge is where you already are.
  if (employment === "employed" && (input.company.employsPMs || input.company.worksWithPMs)) return "product_work_in_role";
  if (employment === "self_employed") return "product_work_in_role";
  const byBackground = BRIDGE_BY_BACKGROUND[input.currentRole];
  if (byBackground) return byBackground;
  if (input.skills.data >= 3) return "product_analyst";
  if (input.skills.execution >= 3) return "product_ops";
  return input.yearsExperience < 3 ? "apm_programme" : "product_specialist";
}

const areaName = (area: SkillArea) => SKILL_MODEL[area].label.toLowerCase();

const OPTIONAL_WHY: Readonly<Partial<Record<BridgeKind, string>>> = {
  product_specialist:
    "A product specialist is the expert on one product for its customers and its team: your support work is most of that job already, and it sits next to the PMs.",
  technical_product_owner:
    "A technical product owner runs a team's backlog and turns problems into work the engineers can build: it uses your technical depth while you learn the product side.",
  product_analyst:
    "A product analyst answers a product team's questions with data: your analysis is the job, and the team's decisions become yours to watch up close.",
  technical_program_manager:
    "A technical program manager coordinates work across teams on the product's biggest efforts: your delivery experience is the job, with the product decisions in reach.",
  product_ops:
    "Product operations runs the processes product teams depend on: your operations experience is the job, and it sits next to the product decisions.",
};

function whyFor(kind: BridgeKind, input: AssessmentInput, ctx: BridgeContext): string {
  const role = BRIDGE_ROLES[kind];
  const start = `Your readiness is ${ctx.readiness} of 100, below the level where PM applications usually succeed, so take a bridge first: ${role}.`;
  switch (kind) {
    case "product_work_in_role":
      return input.employment === "self_employed"
        ? `${start} Your own work is the quickest place to practise product decisions and collect the evidence a PM application needs.`
        : input.company.employsPMs
          ? `${start} Your company has product managers you can learn from; taking on product tasks beside them builds skills and a track record at once.`
          : `${start} You work with product managers already; taking on product tasks with them builds skills and people who can vouch for you.`;
    case "product_ops":
      return `${start} Product operations runs the processes product teams depend on — close to the decisions, and a natural step for someone who already runs delivery or operations.`;
    case "product_specialist":
      return `${start} A product specialist role (in a product team, or as the expert on one product) uses what you know about customers and the product, and puts you next to the PMs whose job you want.`;
    case "product_analyst":
      return `${start} A product analyst sits inside a product team and answers its questions with data — it builds the skills you're missing while using the ones you have.`;
    case "apm_programme":
      return `${start} Associate PM programmes hire people early in their careers and teach the job, which suits where you are.`;
    case "technical_product_owner":
    case "technical_program_manager":
      return `${start} ${OPTIONAL_WHY[kind]}`;
  }
}

function stepsFor(kind: BridgeKind, input: AssessmentInput, ctx: BridgeContext): string[] {
  const steps: string[] = [];
  const first = ctx.gaps[0];
  const second = ctx.gaps[1];
  if (first)
    steps.push(
      second
        ? `Work on your two biggest gaps first: ${areaName(first)} and ${areaName(second)}.`
        : `Work on your biggest gap first: ${areaName(first)}.`,
    );
  switch (kind) {
    case "product_work_in_role":
      steps.push(
        input.employment === "self_employed"
          ? "Treat one piece of your own work as a product: name its users, the problem, the options you weighed and the result you measured."
          : "Ask a product manager you work with for one product task outside your job description — writing up a customer problem, a small spec or an analysis — and see it through.",
      );
      break;
    case "product_ops":
      steps.push("Look for product operations roles, or offer to run a product team's release, feedback or tooling process where you are.");
      break;
    case "product_specialist":
      steps.push(
        "Look for product specialist roles, and meanwhile become the go-to person on one product area: its users, its problems and its roadmap.",
      );
      break;
    case "product_analyst":
      steps.push("Look for product analyst roles inside product teams, and answer one real product question with data end to end.");
      break;
    case "apm_programme":
      steps.push(
        "Find associate PM programmes and their application windows, and build one small product project to show in your application.",
      );
      break;
    case "technical_product_owner":
      steps.push("Look for technical product owner roles, or offer to own your team's backlog for one release where you are.");
      break;
    case "technical_program_manager":
      steps.push("Look for technical program manager roles, and meanwhile run one effort that crosses several teams end to end.");
      break;
  }
  steps.push("Re-take this assessment when your gaps close; apply for PM roles once your readiness passes 40.");
  return steps;
}

/** The first step of an optional bridge: where to look, beside the PM applications. */
const OPTIONAL_STEP: Readonly<Partial<Record<BridgeKind, string>>> = {
  product_specialist: "Apply for product specialist roles alongside PM roles, and become the go-to person on one product area meanwhile.",
  technical_product_owner:
    "Apply for technical product owner roles alongside PM roles, or offer to own your team's backlog for one release.",
  product_analyst:
    "Apply for product analyst roles inside product teams alongside PM roles, and answer one real product question with data.",
  technical_program_manager:
    "Apply for technical program manager roles alongside PM roles, and run one effort that crosses several teams end to end.",
  product_ops:
    "Apply for product operations roles alongside PM roles, or offer to run a product team's release or feedback process where you are.",
};

/** The required bridge, below BRIDGE_BELOW. */
export function chooseBridge(input: AssessmentInput, ctx: BridgeContext): Bridge {
  const kind = bridgeKindFor(input);
  return { kind, role: BRIDGE_ROLES[kind], why: whyFor(kind, input, ctx), steps: stepsFor(kind, input, ctx), required: true };
}

/** Model 3: the optional bridge for readiness in [BRIDGE_BELOW, BRIDGE_OPTIONAL_BELOW), or null for this background. */
export function optionalBridge(input: AssessmentInput, ctx: BridgeContext): Bridge | null {
  const kind = OPTIONAL_BRIDGE_BY_BACKGROUND[input.currentRole];
  if (!kind) return null;
  const role = BRIDGE_ROLES[kind];
  return {
    kind,
    role,
    why: `Optional: with readiness ${ctx.readiness} of 100 you can apply for PM roles now, but a ${role.toLowerCase()} role may be the better first step from your background. ${OPTIONAL_WHY[kind]!}`,
    steps: [
      OPTIONAL_STEP[kind]!,
      "Either way, keep closing your gaps: re-take this assessment once readiness passes 60, where PM roles are the direct step.",
    ],
    required: false,
  };
}

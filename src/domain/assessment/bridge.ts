/**
 * The bridge: below the entry bar (readiness < BRIDGE_BELOW) the honest advice is not "apply for PM roles"
 * but a product-adjacent step first. Which one depends on where the person stands (docs/scoring.md,
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
  }
  steps.push("Re-take this assessment when your gaps close; apply for PM roles once your readiness passes 40.");
  return steps;
}

export function chooseBridge(input: AssessmentInput, ctx: BridgeContext): Bridge {
  const kind = bridgeKindFor(input);
  return { kind, role: BRIDGE_ROLES[kind], why: whyFor(kind, input, ctx), steps: stepsFor(kind, input, ctx) };
}

/**
 * Labels and descriptions for the transition paths and the questionnaire's choice answers.
 * Descriptions paraphrase the source article (shared/seeds/000_d924a75ac53400fa.txt).
 */
import type { CompanyKind, CompanySize, Employment, ManagerSupport, PathLevel, TransitionPath } from "./schemas";

export interface PathInfo {
  path: TransitionPath;
  label: string;
  /** One paragraph: what the path is, what it asks of you and what it gives. */
  description: string;
}

export const PATH_INFO: Readonly<Record<TransitionPath, PathInfo>> = {
  internal_move: {
    path: "internal_move",
    label: "Internal move",
    description:
      "Move sideways into a product role at the company you already work for. You know the product, the customers and the people, and they know your work — but being an employee doesn't make the case for you: you still need to show your track record, the achievements that matter for product work, and the skills that make you a strong candidate. It works best when the company already has product managers, you work alongside them, you've been there long enough to be trusted, and your manager is willing to back you.",
  },
  junior_pm: {
    path: "junior_pm",
    label: "A PM role at a new company",
    description:
      "Join another company as a product manager, at the level your experience earns. Early in a product career that means an associate or junior role, built for learning: you get structure, mentoring and a solid foundation, and a ladder to climb later, in exchange for less autonomy than a senior PM or a startup product lead. With years of relevant experience and the skills to match, it means a full PM role, not an associate programme. Either way, target companies and industries that match your interests and skills, and write a resume that puts your most relevant experience first.",
  },
  startup: {
    path: "startup",
    label: "Product role at a startup",
    description:
      "Take a product role at a young, growing company. Startups are usually less rigid than big tech firms and more open to an unconventional background, and you can shape the company's success directly and learn fast. The price is uncertainty: the work can be very demanding, the company may not make it, and there is rarely a senior PM to learn from. It asks for flexibility, adaptability, comfort with risk, plenty of initiative, and a breadth of skills more than depth in one.",
  },
};

/**
 * Model 3: the first line shown for a path, by its `level`. Results stored before model 3 have no level and
 * show no level line.
 */
export const LEVEL_LINES: Readonly<Record<PathLevel, string>> = {
  associate: "Aim for associate PM roles",
  pm: "Aim for PM roles, not APM",
};

/** Contract v3's company kinds, with the plain examples the questionnaire shows. */
export const COMPANY_KIND_LABELS: Readonly<Record<CompanyKind, { label: string; examples: string }>> = {
  product: {
    label: "Its own product",
    examples: "software, an app or a website it sells or runs, like a SaaS company or an online shop's own platform",
  },
  services: { label: "Services for clients", examples: "an agency, a consultancy, outsourcing or IT services" },
  non_tech: { label: "Something other than technology", examples: "a school, a hospital, a shop, a bank branch or a government office" },
};

export const MANAGER_SUPPORT_LABELS: Readonly<Record<ManagerSupport, string>> = {
  yes: "Yes — my manager would back a move into product",
  unsure: "I'm not sure",
  no: "No — my manager wouldn't support it",
};

export const EMPLOYMENT_LABELS: Readonly<Record<Employment, string>> = {
  employed: "I have a job",
  between_jobs: "I'm between jobs",
  student: "I'm a student",
  self_employed: "I'm self-employed or run my own business",
};

export const COMPANY_SIZE_LABELS: Readonly<Record<CompanySize, string>> = {
  under_50: "Fewer than 50 people",
  "50_to_500": "50 to 500 people",
  over_500: "More than 500 people",
};

/** Labels for each point of the 1–5 risk-tolerance scale. Index 0 is 1. */
export const RISK_TOLERANCE_LABELS = [
  "I need stability",
  "I prefer stability",
  "Some uncertainty is fine",
  "I'm comfortable with uncertainty",
  "I'm comfortable with high uncertainty",
] as const;

/** Labels for each point of the 1–5 wish-for-mentorship scale. Index 0 is 1. */
export const MENTORSHIP_LABELS = [
  "I prefer to figure things out alone",
  "Occasional guidance is enough",
  "Some structure and mentoring would help",
  "I'd like regular mentoring",
  "I want close mentoring and a clear structure",
] as const;

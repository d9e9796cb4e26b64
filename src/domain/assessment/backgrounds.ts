/**
 * What each starting background brings to product management: a label, a one-line summary, the skill
 * areas it usually brings, default ratings for the questionnaire and a general piece of advice.
 *
 * Backgrounds shape what a person *sees* (pre-filled ratings, advice), never how their own answers are
 * scored: `scoreAssessment` does not read `currentRole`. Defaults are deliberately modest — it is easier
 * to raise a pre-filled rating you recognise than to notice one that flatters you.
 */
import { SKILL_AREAS, type Background, type SkillArea } from "./schemas";
import { BACKGROUND_ADVICE } from "./background-advice";
import { SKILL_MODEL, type SkillLevel } from "./skills";

export interface BackgroundProfile {
  background: Background;
  label: string;
  /** One line: what someone from this background brings to a PM role. */
  brings: string;
  /** Skill areas this background usually brings, most characteristic first. */
  strengths: readonly SkillArea[];
  /** Starting ratings for the questionnaire; the user confirms or changes each one. */
  defaults: Readonly<Record<SkillArea, SkillLevel>>;
  /** One piece of advice for the move as a whole. */
  general: string;
}

type Ratings = Readonly<Record<SkillArea, SkillLevel>>;

/** Ratings in SKILL_AREAS order: strategy, customer_insight, data, technical, execution, communication, leadership, business. */
function ratings(...levels: [SkillLevel, SkillLevel, SkillLevel, SkillLevel, SkillLevel, SkillLevel, SkillLevel, SkillLevel]): Ratings {
  return Object.fromEntries(SKILL_AREAS.map((area, i) => [area, levels[i]])) as unknown as Ratings;
}

export const BACKGROUND_PROFILES: Readonly<Record<Background, BackgroundProfile>> = {
  software_engineer: {
    background: "software_engineer",
    label: "Software engineer",
    brings: "Deep technical fluency and first-hand knowledge of how products are actually built and shipped.",
    strengths: ["technical", "execution", "data"],
    defaults: ratings(2, 2, 3, 4, 3, 2, 2, 2),
    general:
      "Engineers already have the trust of the people PMs work with most. The move is about showing you can decide what to build and why, not only how: collect examples where you thought from the customer's side or changed a plan because of what users needed.",
  },
  designer: {
    background: "designer",
    label: "UX / product designer",
    brings: "Closeness to users, research and prototyping skills, and a habit of framing problems before solving them.",
    strengths: ["customer_insight", "communication", "leadership"],
    defaults: ratings(2, 4, 2, 2, 3, 3, 3, 2),
    general:
      "You already sit next to product decisions. Show that you can weigh user needs against business goals, effort and data — a PM owns the trade-off, not only the best experience.",
  },
  data_analyst: {
    background: "data_analyst",
    label: "Data analyst or data scientist",
    brings: "Comfort with numbers, experiments and metrics, and the habit of testing claims against evidence.",
    strengths: ["data", "technical", "business"],
    defaults: ratings(2, 2, 4, 3, 2, 3, 2, 3),
    general:
      "Your analyses probably already inform product decisions. Move from answering other people's questions to asking your own: propose what to build based on what you found, and follow it through to launch.",
  },
  marketing: {
    background: "marketing",
    label: "Marketing",
    brings: "Knowledge of the market, customers and positioning, and practice in telling a product's story.",
    strengths: ["communication", "customer_insight", "business"],
    defaults: ratings(2, 3, 3, 2, 3, 4, 2, 3),
    general:
      "You know why people buy. Show that you also understand how the product gets built: get close to the engineering team, learn their vocabulary, and take part in decisions before launch, not only after.",
  },
  sales: {
    background: "sales",
    label: "Sales",
    brings: "Direct knowledge of what customers ask for, object to and pay for, and strong persuasion skills.",
    strengths: ["communication", "customer_insight", "business"],
    defaults: ratings(2, 3, 2, 2, 2, 4, 2, 3),
    general:
      "You hear customer demand every day. The shift is from 'this deal needs feature X' to 'which problem do most customers share, and is it worth solving?' — show you can see patterns across many customers, not just the loudest one.",
  },
  customer_success: {
    background: "customer_success",
    label: "Customer success or support",
    brings: "A detailed picture of where customers struggle, which problems recur and what they cost.",
    strengths: ["customer_insight", "communication"],
    defaults: ratings(2, 4, 2, 2, 2, 3, 2, 2),
    general:
      "You see the product's pain points before anyone else. Turn that into product input: group recurring issues, estimate their cost, and bring them to the product team as problems with evidence rather than one-off requests.",
  },
  consultant: {
    background: "consultant",
    label: "Consultant",
    brings: "Structured problem solving, business analysis and practice in persuading senior stakeholders.",
    strengths: ["business", "strategy", "communication"],
    defaults: ratings(3, 2, 3, 2, 3, 4, 3, 4),
    general:
      "Consultants recommend; product managers live with the result. Find examples where you saw something through to delivery, and be ready to show you can work in the detail of a product week after week.",
  },
  project_manager: {
    background: "project_manager",
    label: "Project or program manager",
    brings: "Proven delivery: planning, coordinating teams, managing risks and keeping stakeholders informed.",
    strengths: ["execution", "leadership", "communication"],
    defaults: ratings(2, 2, 2, 3, 4, 3, 3, 2),
    general:
      "You know how to get things delivered. A PM is judged on whether it was the right thing to deliver: show that you can question the what and the why, with evidence from customers and data, not only run the how and the when.",
  },
  business_analyst: {
    background: "business_analyst",
    label: "Business analyst",
    brings: "Requirements gathering, process analysis and translating between the business and engineering.",
    strengths: ["execution", "data", "technical"],
    defaults: ratings(2, 3, 3, 3, 3, 3, 2, 3),
    general:
      "Writing requirements is a large part of a PM's day, so you're close already. The step is from documenting what stakeholders ask for to deciding what should be built: bring your own recommendation, with reasons, to every requirement you write.",
  },
  qa_engineer: {
    background: "qa_engineer",
    label: "QA engineer",
    brings: "A sharp eye for quality and edge cases, and detailed knowledge of how the product behaves.",
    strengths: ["technical", "execution"],
    defaults: ratings(1, 2, 2, 4, 3, 2, 2, 1),
    general:
      "You know the product's behaviour better than most. Use that to go one step further than reporting bugs: say which problems matter most to users and why, and suggest what to change — that's product thinking.",
  },
  operations: {
    background: "operations",
    label: "Operations",
    brings: "Running processes at scale, measuring them and fixing what breaks, with a practical eye for cost.",
    strengths: ["execution", "business", "data"],
    defaults: ratings(2, 2, 3, 2, 4, 3, 3, 3),
    general:
      "You improve how things run; a PM improves what customers get. Look for internal tools or processes you could treat as a product — with users, a problem, options and a measured result — and tell that story.",
  },
  founder: {
    background: "founder",
    label: "Founder or entrepreneur",
    brings: "End-to-end ownership: setting direction, finding customers and making do with limited resources.",
    strengths: ["strategy", "leadership", "business"],
    defaults: ratings(4, 3, 2, 3, 3, 3, 4, 4),
    general:
      "You've done the whole job at small scale. Hiring managers will ask whether you can work inside someone else's strategy and process: show that you can influence without being the final decision-maker, and tell the story of your venture honestly, including what didn't work.",
  },
  engineering_manager: {
    background: "engineering_manager",
    label: "Engineering manager",
    brings: "Running a team that ships: planning, trade-offs between scope and time, and people leadership.",
    strengths: ["execution", "leadership", "technical"],
    defaults: ratings(2, 2, 3, 4, 4, 3, 4, 2),
    general:
      "You already negotiate scope and deadlines with PMs. The move is from how and when to what and why: own a customer problem end to end, and show you can decide without the authority of being someone's manager.",
  },
  support_engineer: {
    background: "support_engineer",
    label: "Support engineer",
    brings: "Deep, hands-on knowledge of how the product fails customers, and the technical skill to find out why.",
    strengths: ["technical", "customer_insight"],
    defaults: ratings(1, 3, 2, 4, 2, 3, 2, 1),
    general:
      "You see every rough edge of the product. Turn single tickets into product problems: group them, size them, propose a fix and follow it with the team that builds it.",
  },
  solutions_engineer: {
    background: "solutions_engineer",
    label: "Solutions or sales engineer",
    brings: "Technical depth combined with daily contact with buyers: what they need, object to and will pay for.",
    strengths: ["technical", "communication", "customer_insight"],
    defaults: ratings(2, 3, 2, 4, 2, 4, 2, 3),
    general:
      "You translate between customers and the product every week. Show that you can look past the next deal: which needs are shared by many customers, and which are worth building.",
  },
  teacher: {
    background: "teacher",
    label: "Teacher or educator",
    brings: "Explaining hard things simply, planning work for a group, and reading what learners actually need.",
    strengths: ["communication", "customer_insight", "leadership"],
    defaults: ratings(2, 3, 2, 1, 3, 4, 3, 1),
    general:
      "Designing a course is close to designing a product: users, goals, feedback, iteration. Learn how software gets built and paid for, and look first at education-technology companies, where what you know about learners counts.",
  },
  technical_writer: {
    background: "technical_writer",
    label: "Technical writer",
    brings: "Clear writing, close knowledge of how the product works, and a habit of thinking from the reader's side.",
    strengths: ["communication", "customer_insight", "technical"],
    defaults: ratings(1, 3, 1, 3, 2, 4, 2, 1),
    general:
      "You know where the product confuses people — it is where the documentation has to work hardest. Bring that to the product team as problems worth fixing, and take part in decisions before launch, not only after.",
  },
  researcher: {
    background: "researcher",
    label: "Researcher or scientist",
    brings: "Rigorous questions, experiments and evidence, and the patience to find out what is really true.",
    strengths: ["data", "customer_insight", "technical"],
    defaults: ratings(2, 3, 4, 3, 2, 3, 2, 1),
    general:
      "Product work rewards good-enough evidence in time more than certainty too late. Show that you can decide with incomplete data, ship, and learn from the result — and connect your findings to what the business needs.",
  },
  other: {
    background: "other",
    label: "Other",
    brings: "Experience from another field: a perspective on customers, problems and ways of working that product teams often lack.",
    strengths: [],
    defaults: ratings(2, 2, 2, 2, 2, 2, 2, 2),
    general:
      "Many successful PMs came from outside tech. Find the parts of your work that look like product work — understanding people's needs, solving problems with others, making trade-offs — and describe them in product terms.",
  },
};

/**
 * Advice for one skill area, tailored to the background where we have it, else the area's general
 * advice. Always returns a non-empty string.
 */
export function adviceFor(background: Background, area: SkillArea): string {
  return BACKGROUND_ADVICE[background][area] ?? SKILL_MODEL[area].howToGrow;
}

/** The default ratings to pre-fill the questionnaire with, as a fresh mutable object. */
export function defaultSkillsFor(background: Background): Record<SkillArea, SkillLevel> {
  return { ...BACKGROUND_PROFILES[background].defaults };
}

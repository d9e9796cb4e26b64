/**
 * The PM skill model: the eight areas people rate themselves on, five behaviour-anchored levels each,
 * and the level an entry-level PM is expected to reach. Content, not logic: the scoring engine reads
 * `target`; the questionnaire shows `label`, `description` and `levels`.
 *
 * Levels are written in the second person so a person can recognise themselves in one: each says what
 * someone at that level actually does, not how confident they feel.
 */
import type { SkillArea } from "./schemas";

/** A point on any of the questionnaire's 1–5 scales: a skill, risk tolerance, the wish for mentorship. */
export type ScalePoint = 1 | 2 | 3 | 4 | 5;
export const SCALE_POINTS: readonly ScalePoint[] = [1, 2, 3, 4, 5];

/** A self-rating of a skill area (or a target for one), on the 1–5 scale. */
export type SkillLevel = ScalePoint;
/** @alias The same five points, named for skill ratings (knip: a deliberate second name). */
export const SKILL_LEVELS: readonly SkillLevel[] = SCALE_POINTS;

/** The shared meaning of each level, the same across areas. Index 0 is level 1. */
export const LEVEL_NAMES = ["No exposure", "Some exposure", "Practising", "Independent", "PM level, with evidence"] as const;

export interface SkillAreaInfo {
  area: SkillArea;
  label: string;
  /** One line: what the area is about. */
  description: string;
  /** Five descriptions, index 0 = level 1 … index 4 = level 5. */
  levels: readonly [string, string, string, string, string];
  /** The level an entry-level (junior/associate) PM is expected to reach. */
  target: SkillLevel;
  /** Background-neutral advice for growing in this area; the fallback when a background has none. */
  howToGrow: string;
}

export const SKILL_MODEL: Readonly<Record<SkillArea, SkillAreaInfo>> = {
  strategy: {
    area: "strategy",
    label: "Product strategy & vision",
    description: "Deciding where a product should go and why: the problem worth solving, for whom, and how it wins.",
    levels: [
      "You haven't been involved in deciding what a product should do or why; goals and roadmaps reach you as finished decisions.",
      "You can explain your product's goals, who it serves and how the work you do connects to them, and you've offered input when plans were discussed.",
      "You've proposed a direction for a feature or product area: laid out the problem, the options and the one you'd pick, with reasons tied to the product's goals and competitors.",
      "You regularly shape direction for an area: you write the case for what to build next and what not to, and others adopt your proposals.",
      "You've set and owned the direction for a product or major area — a vision, goals and a roadmap others followed — and can show the outcomes it produced.",
    ],
    // Entry-level PMs work inside a strategy set by senior product leaders; they must understand it and
    // tie their work to it, not set it. See docs/scoring.md ("Targets").
    target: 2,
    howToGrow:
      "Pick a product you use every day and write one page on who it's for, what problem it solves, how it beats the alternatives and what you'd build next. Then compare your answer with what the company actually shipped.",
  },
  customer_insight: {
    area: "customer_insight",
    label: "Customer insight & user research",
    description: "Understanding who the users are and what they need, by talking to them and watching what they do.",
    levels: [
      "You haven't talked with users or customers about their needs, or looked at how they use a product.",
      "You've sat in on customer calls, read support tickets or research reports, and can describe the main types of user and a few of their problems.",
      "You've run a handful of user conversations or usability sessions yourself, asked open questions instead of pitching, and turned what you heard into a clear problem statement.",
      "You research users routinely: you plan studies, choose the method (interviews, surveys, usability tests), combine findings across sources, and your insights change what the team builds.",
      "You've led discovery that reshaped a product decision and can show the research, the insight and the difference it made to what shipped and how users responded.",
    ],
    target: 3,
    howToGrow:
      "Talk to five people who use a product you work on or care about. Ask about the last time they hit the problem it solves, not what features they want, and write up the patterns you hear.",
  },
  data: {
    area: "data",
    label: "Data & analytics",
    description: "Using numbers to understand behaviour, size opportunities and judge whether a change worked.",
    levels: [
      "You haven't worked with product or business data beyond reading a report someone else prepared.",
      "You read dashboards, know the key numbers for your area and notice when one moves, but rely on others to work out why.",
      "You pull and analyse data yourself (a spreadsheet, SQL or an analytics tool), set a success measure before a change ships and check afterwards whether it moved.",
      "You design analyses that answer product questions — funnels, cohorts, A/B tests — and you know their pitfalls, such as small samples, seasonality and confounding factors.",
      "You've used data to drive a product decision end to end: chose the metrics, ran the analysis or test, made the call, and can show the measured result.",
    ],
    target: 3,
    howToGrow:
      "Take one question about a product (where do new users drop off? which feature do returning users use?) and answer it yourself with real data, a spreadsheet or basic SQL. Write down what you'd change and how you'd measure it.",
  },
  technical: {
    area: "technical",
    label: "Technical fluency",
    description: "Understanding how software is built well enough to discuss feasibility, trade-offs and effort with engineers.",
    levels: [
      "You haven't worked with software teams or looked into how the products you use are built.",
      "You know the basic vocabulary — front end, back end, API, database, release — and can follow an engineering conversation at a high level.",
      "You can explain how your product's main parts fit together, ask engineers useful questions about effort and risk, and understand why one approach costs more than another.",
      "You take part in technical trade-off discussions: you split work into pieces engineers can estimate, spot dependencies and technical debt, and read API documentation or specs on your own.",
      "Engineers treat you as a partner on technical decisions for a product — scoping, sequencing, build versus buy — and would vouch for your judgement.",
    ],
    target: 3,
    howToGrow:
      "Ask an engineer to walk you through how a feature you know travels from a click to the database and back. Then build something small yourself with a no-code tool or a beginner tutorial, so the vocabulary has something to stick to.",
  },
  execution: {
    area: "execution",
    label: "Execution & prioritisation",
    description: "Turning goals into shipped work: deciding what comes first, planning it, and unblocking the team until it's out.",
    levels: [
      "You work on tasks that others plan and prioritise; you haven't decided what a team should do first.",
      "You manage your own work against deadlines and have helped keep a team plan up to date, but the calls on what goes first are made by others.",
      "You've prioritised a backlog or small project with a clear rationale (impact, effort, urgency), said no to something with reasons, and seen the work through to delivery.",
      "You run delivery for a team's work: you write clear requirements or user stories, trade off scope against time, and handle blockers and changing plans without losing the goal.",
      "You've owned a roadmap and shipped several releases with a team, and can show the prioritisation calls you made, what you cut and the results.",
    ],
    target: 3,
    howToGrow:
      "Take a list of requests you or your team receive, rank them by expected impact against effort, and write one line on why each item sits where it does. Share it with someone who decides priorities and ask where they'd disagree.",
  },
  communication: {
    area: "communication",
    label: "Communication & stakeholder management",
    description: "Getting people with different goals to understand, agree and act — in writing, in meetings and one to one.",
    levels: [
      "You mostly communicate within your own team and haven't had to explain your work to, or persuade, people in other departments.",
      "You share clear updates with your team and sometimes present to others, but haven't had to reconcile competing requests.",
      "You write clear documents for mixed audiences, adapt the message for engineers, executives or customers, and have worked through a disagreement between stakeholders to a decision.",
      "You manage a group of stakeholders over time: you anticipate their concerns, keep everyone informed, say no diplomatically and negotiate trade-offs that stick.",
      "You've brought leaders and teams across a company behind a product decision they first disagreed with, and can show what came of it.",
    ],
    target: 3,
    howToGrow:
      "Write a one-page proposal for a change you believe in, aimed at people outside your team: the problem, the evidence, the ask. Present it, collect the objections, and note how you'd answer each one next time.",
  },
  leadership: {
    area: "leadership",
    label: "Leadership & collaboration",
    description: "Leading without authority: bringing people from different disciplines together around a shared goal.",
    levels: [
      "You've worked mainly on tasks defined by others, without coordinating people outside your own role.",
      "You collaborate well with colleagues from other functions and sometimes take the lead on small tasks within your team.",
      "You've led a piece of cross-functional work — bringing together, say, engineering, design and marketing — without being anyone's manager, and kept it moving to the end.",
      "You regularly lead cross-functional efforts: you set shared goals, resolve conflicts and give feedback, and people want to work on your projects.",
      "You've led a product team to a result through influence rather than authority — a launch or a turnaround — and teammates would name you as the person who made it work.",
    ],
    target: 3,
    howToGrow:
      "Volunteer to coordinate a small effort that needs people from two or three teams: set the goal, agree who does what, run the check-ins and close it out. Afterwards, ask the participants what you could have done better.",
  },
  business: {
    area: "business",
    label: "Business acumen",
    description: "Understanding how the company makes money and how a product decision affects revenue, costs and the market.",
    levels: [
      "You haven't had to think about how your company makes money or what a product decision costs.",
      "You know your company's business model, its main customers and competitors, and roughly how your own work contributes.",
      "You can put together a simple business case — who pays, roughly what it's worth, what it costs — and weigh product ideas by their commercial effect.",
      "You bring pricing, unit economics, market size and go-to-market plans into your recommendations, and finance or sales leaders take your cases seriously.",
      "You've owned the business outcome of a product or feature — a revenue, retention or cost target — and can show the numbers it moved.",
    ],
    target: 3,
    howToGrow:
      "Read your company's (or a public competitor's) annual report or pricing page and sketch how money comes in and goes out. Then estimate, on one page, what a feature you care about is worth and what it would cost.",
  },
};

/** The entry-level PM target per area, for callers that only need the numbers. */
export function targetFor(area: SkillArea): SkillLevel {
  return SKILL_MODEL[area].target;
}

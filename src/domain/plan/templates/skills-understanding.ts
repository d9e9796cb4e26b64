/**
 * Skill-gap templates for the "knowing what to build" areas: strategy, customer insight, data, business.
 * Per area: foundation steps 1–2 (rating 1–2), stretch steps 1–2 (rating 3+), and background-tailored
 * replacements for the foundation first step where the usual advice misses.
 */
import { Rated, rated } from "../context";
import { skillTemplate as t, toward } from "./skill-template";
import type { SkillTemplate } from "./types";

const STRATEGY: readonly SkillTemplate[] = [
  t("strategy", "foundation", 1, {
    title: "Map one product's strategy on a single page",
    detail:
      "Pick a product you know well and write down who it is for, the problem it solves, the alternatives those customers have and why they would choose it. Add the one goal you think the company is pushing toward this year. Compare your page with how the company describes itself and note the differences.",
    why: (c) => `${Rated(c)}, and the quickest way to build strategic thinking is practising why a product wins.`,
  }),
  t(
    "strategy",
    "foundation",
    1,
    {
      title: "Ask why this and why now about your current project",
      detail:
        "For the project you are working on, find out which customer problem and which business goal it serves, and why it was chosen over other options. Ask the PM or lead who made the call and write their reasoning down in a few lines. Do the same for the next two projects in the queue.",
      why: (c) =>
        `As ${c.bg.a} you see every day how work gets delivered, and ${rated(c)}, so tracing the reasons behind that work is the natural next step.`,
      backgrounds: ["software_engineer", "qa_engineer", "project_manager", "engineering_manager"],
      requires: ["employed"],
    },
    "builders",
  ),
  t("strategy", "foundation", 2, {
    title: "Draft a one-year direction for one product area",
    detail:
      "Choose one area of a product you know and write half a page on where it should be in a year and why, tied to a company goal. List three things you would build toward it and one thing you would deliberately not do. Ask a PM, a mentor or a thoughtful colleague to poke holes in it.",
    why: (c) =>
      `Raising your ${c.areaWords} from ${c.rating} means moving from describing a strategy to proposing one, and a small, concrete direction is a safe place to start.`,
  }),
  t("strategy", "stretch", 1, {
    title: "Review your company's roadmap against its goals",
    detail:
      "Get the current roadmap, or the list of big projects, and set it beside the company's stated goals for the year. Mark each item as clearly serving a goal, loosely related or unclear. Write down the two questions you would ask the product lead about the gaps.",
    requires: ["employed"],
    why: (c) =>
      `At ${c.rating} of 5 you understand strategy in principle, and judging a real roadmap is the stretch that takes you ${toward(c)}.`,
  }),
  t(
    "strategy",
    "stretch",
    1,
    {
      title: "Review a public roadmap against its company's goals",
      detail:
        "Find a company that publishes its product roadmap or changelog and its goals, for example in a founder's letter or an investor update. Mark each roadmap item as clearly serving a goal, loosely related or unclear. Write down the two questions you would ask its product lead, and share your review in a product community.",
      why: (c) =>
        `At ${c.rating} of 5 you understand strategy in principle, and judging a real roadmap, even from outside, takes you ${toward(c)}.`,
    },
    "outside_work",
  ),
  t("strategy", "stretch", 2, {
    title: "Pitch a strategic bet in five minutes",
    detail:
      "Pick an opportunity you believe a product you know should pursue and prepare a five-minute pitch: the customer problem, why now, the size of the prize and the first small step. Deliver it to a colleague or mentor and ask what would make them say no. Rework it once using their objections.",
    why: (c) =>
      `Explaining and defending a bet is how PMs show strategy in interviews, and it takes your ${c.areaWords} from ${c.rating} ${toward(c)}.`,
  }),
];

const CUSTOMER_INSIGHT: readonly SkillTemplate[] = [
  t("customer_insight", "foundation", 1, {
    title: "Learn to run a good user interview",
    detail:
      "Read a short guide on user interviewing and write a discussion guide of eight to ten open questions about a problem you care about. Check it for leading questions and for anything that pitches a solution. Try it once with a friend and trim what did not work.",
    why: (c) => `${Rated(c)}, and asking questions without leading people is the foundation every other customer skill builds on.`,
  }),
  t(
    "customer_insight",
    "foundation",
    1,
    {
      title: "Sit in on five customer calls",
      detail:
        "Ask your sales, support or customer success team to let you listen in on five customer calls over the next two weeks. Stay quiet and write down the customer's own words about their problems, not the features they mention. After the fifth call, list the three frustrations you heard most.",
      why: (c) =>
        `As ${c.bg.a} you are usually a step removed from customers, and ${rated(c)}, so hearing them directly is the fastest way to close the gap.`,
      backgrounds: ["software_engineer", "qa_engineer", "data_analyst", "operations", "engineering_manager", "researcher"],
      requires: ["employed"],
    },
    "builders",
  ),
  t("customer_insight", "foundation", 2, {
    title: "Interview three users about one problem",
    detail:
      "Use a discussion guide to talk to three people who have the problem, focusing on the last time it happened and what they did about it. Take notes in their words, not yours. Write a short summary of what surprised you and what you would want to learn next.",
    topic: "user_interviews",
    why: (c) =>
      `Three real conversations will move your ${c.areaWords} from ${c.rating} toward ${c.target} faster than any amount of reading.`,
  }),
  t("customer_insight", "stretch", 1, {
    title: "Turn raw feedback into three clear insights",
    detail:
      "Gather twenty pieces of customer feedback, such as support tickets, reviews or sales notes, and group them into themes. Write three insights, each with the evidence behind it and what it might mean for the product. Share the page with someone who owns the product and ask what they would do with it.",
    why: (c) =>
      `At ${c.rating} of 5 you can gather feedback, and turning it into insights a team can act on is what lifts your ${c.areaWords} ${toward(c)}.`,
  }),
  t("customer_insight", "stretch", 2, {
    title: "Run a five-person interview round and share findings",
    detail:
      "Pick an open question a team you know has about its users, or one about your own side project, and recruit five people to interview about it. Synthesise the results into a one-page readout with quotes, patterns and a recommendation. Present it in ten minutes to the people who will use it.",
    topic: "user_interviews",
    why: (c) => `Running a full round from question to readout is exactly what a PM does, and it takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

const DATA: readonly SkillTemplate[] = [
  t("data", "foundation", 1, {
    title: "Learn the core product metrics",
    detail:
      "Learn what acquisition, activation, retention and conversion mean and how they connect in a funnel. Find out which of them a product you know well tracks, and where the numbers live. Write a short glossary in your own words with one real example for each.",
    why: (c) => `${Rated(c)}, and knowing the basic metrics lets you follow and join the product conversations that run on them.`,
  }),
  t(
    "data",
    "foundation",
    1,
    {
      title: "Follow your funnel past the sign-up",
      detail:
        "Take the numbers you already know from campaigns, deals or renewals and trace what happens after a customer signs up: activation, weekly use, retention and upgrades. Ask an analyst or a PM for the figures at each step. Write down where the biggest drop happens and one guess at why.",
      why: (c) =>
        `As ${c.bg.a} you already work with funnel numbers, and ${rated(c)}, so extending them into product usage builds on what you know.`,
      backgrounds: ["marketing", "sales", "customer_success"],
    },
    "commercial",
  ),
  t("data", "foundation", 2, {
    title: "Answer one product question with data",
    detail:
      "Write down one question about how people use a product you can get numbers for, such as which feature new users try first. Pull the data from a dashboard, an export or a spreadsheet and answer the question in a short paragraph with one chart. Note what the data cannot tell you.",
    why: (c) =>
      `Working a real question through takes your ${c.areaWords} from ${c.rating} toward ${c.target} and gives you a concrete example for interviews.`,
  }),
  t("data", "stretch", 1, {
    title: "Define success metrics for a feature before it ships",
    detail:
      "Pick a feature being built, at work or in a product you know, and write down the one metric that shows it worked, two supporting ones and one guardrail that should not get worse. Set a target for each and explain your reasoning in a few lines. Compare notes with whoever owns the feature.",
    why: (c) =>
      `At ${c.rating} of 5 you can read numbers, and deciding up front what success looks like is the PM habit that takes your ${c.areaWords} ${toward(c)}.`,
  }),
  t("data", "stretch", 2, {
    title: "Review an experiment and write the decision",
    detail:
      "Find a recent A/B test or before-and-after change, at work or in a published case study, and read the results closely. Write a half-page decision to ship, iterate or stop, with the numbers and caveats behind it. Ask an analyst, at work or in a product community, whether your reading holds up.",
    why: (c) =>
      `Making a call from imperfect data is what turns analysis into product judgement, and it takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

const BUSINESS: readonly SkillTemplate[] = [
  t("business", "foundation", 1, {
    title: "Learn how your company makes money",
    detail:
      "Using annual reports, investor updates, all-hands slides or a finance colleague, write one page on your company's business model: who pays, for what, how prices are set and what the biggest costs are. Add the one number leadership watches most. Check the page with someone in finance or sales.",
    requires: ["commercialEmployer"],
    why: (c) => `${Rated(c)}, and PMs are expected to connect every product decision to how the business earns money.`,
  }),
  t(
    "business",
    "foundation",
    1,
    {
      title: "Learn how a product you use makes money",
      detail:
        "Pick a software product you use every week and write one page on its business model: who pays, for what, how prices are set and what its biggest costs are likely to be. Use its pricing page, its help centre and interviews with its founders or news about its results. Ask someone who works in product or sales whether your page rings true.",
      why: (c) =>
        `${Rated(c)}, and PMs are expected to connect every product decision to how the business earns money, which you can learn from any product you know well.`,
    },
    "any_product",
  ),
  t(
    "business",
    "foundation",
    1,
    {
      title: "Spend an hour with sales or finance",
      detail:
        "Ask a salesperson or a finance colleague for an hour to learn how deals are won and lost, or where the company's money comes from and goes. Prepare five questions in advance. Write down two things that change how you think about the product you work on.",
      why: (c) =>
        `As ${c.bg.a} you know how the product is made, and ${rated(c)}, so seeing the commercial side from the people who run it fills the gap fastest.`,
      backgrounds: ["software_engineer", "qa_engineer", "designer", "data_analyst", "engineering_manager", "technical_writer"],
      requires: ["commercialEmployer"],
    },
    "makers",
  ),
  t("business", "foundation", 2, {
    title: "Size the market for one product idea",
    detail:
      "Pick a product idea and estimate its market two ways: top-down from industry figures, and bottom-up from the number of likely customers times what they would pay. Write down your assumptions so they are easy to challenge. Compare the two estimates and explain the difference.",
    why: (c) => `Market sizing is a classic PM exercise, and doing it once takes your ${c.areaWords} from ${c.rating} toward ${c.target}.`,
  }),
  t("business", "stretch", 1, {
    title: "Build a simple business case for a feature",
    detail:
      "Choose a feature or improvement to a product you know and estimate its cost in team time and its benefit in revenue, retention or saved effort. Put it in a small spreadsheet with clear assumptions and a payback period. Ask someone in finance or a PM, at work or in your network, whether the assumptions are reasonable.",
    why: (c) =>
      `At ${c.rating} of 5 you understand the business, and expressing a product idea in costs and returns takes your ${c.areaWords} ${toward(c)}.`,
  }),
  t("business", "stretch", 2, {
    title: "Compare a competitor's pricing and positioning",
    detail:
      "Pick a product you know well and its closest competitor, and compare pricing, packaging, target customers and key messages side by side. Note where each is stronger and one move you would make in response. Share it with someone in marketing or sales and ask what you missed.",
    why: (c) =>
      `Knowing where a product stands in its market is business acumen in practice, and it takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

export const UNDERSTANDING_SKILL_TEMPLATES: readonly SkillTemplate[] = [...STRATEGY, ...CUSTOMER_INSIGHT, ...DATA, ...BUSINESS];

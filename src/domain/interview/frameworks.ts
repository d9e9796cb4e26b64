import type { Framework, QuestionType } from "./types";

/**
 * One card per question type, in our own words: the steps of a good answer, the traps, what a strong answer
 * shows (the partner in a mock reads this), and the minutes the practice timer starts from.
 */
export const FRAMEWORKS: Readonly<Record<QuestionType, Framework>> = {
  product_sense: {
    type: "product_sense",
    minutes: 20,
    steps: [
      "Clarify the goal and the limits: whose product, what success means, what is out of scope.",
      "Pick the users: name two or three groups and choose one, saying why.",
      "List their pains, from what those users actually do today.",
      "Generate ideas: several, from small fixes to a bold one.",
      "Prioritise: pick one with a simple rule such as impact against effort.",
      "Say how you would measure it: one main metric and one that warns of harm.",
      "Name the risks and what you would test first.",
    ],
    traps: [
      "Jumping to a solution before choosing a user.",
      "Designing for 'everyone'.",
      "A long list of features with no choice between them.",
      "Forgetting to say how you would know it worked.",
    ],
    strongAnswer: [
      "A clear choice of user, with a reason.",
      "Pains that sound real, not invented to fit an idea.",
      "A prioritised idea, with the trade-off said aloud.",
      "A metric tied to the user's problem, and a risk with a way to test it.",
    ],
  },
  execution: {
    type: "execution",
    minutes: 15,
    steps: [
      "Restate the product's goal: what value it gives users and the business.",
      "Map the user journey and where the feature or metric sits in it.",
      "Choose a main metric and two or three supporting and counter-metrics.",
      "For a metric that moved: check the data first, then split by time, platform, region and user group.",
      "List likely causes, internal (releases, bugs) and external (season, competitors), and how to test each.",
      "Decide and say what you would do next.",
    ],
    traps: [
      "Naming vanity metrics (downloads, page views) as success.",
      "Guessing a cause without checking whether the data itself is broken.",
      "No counter-metric: optimising one number while harming another.",
      "Ending without a decision.",
    ],
    strongAnswer: [
      "Metrics that follow from the product's goal.",
      "A structured hunt for causes, most likely first.",
      "Trade-offs stated with a decision and a reason.",
    ],
  },
  estimation: {
    type: "estimation",
    minutes: 10,
    steps: [
      "Clarify what is being counted, where and over what period.",
      "Choose an approach: from the population down, or from the supply up.",
      "Break it into a few factors and state each assumption with a round number.",
      "Calculate aloud, keeping the arithmetic simple.",
      "Sanity-check the result against something you know, and adjust.",
    ],
    traps: [
      "Silent maths: the interviewer cannot follow your reasoning.",
      "False precision: too many factors or decimal places.",
      "No sanity check at the end.",
    ],
    strongAnswer: [
      "A structure someone else could reuse.",
      "Assumptions said aloud and reasonable.",
      "A final check and a number given with confidence.",
    ],
  },
  strategy: {
    type: "strategy",
    minutes: 20,
    steps: [
      "Clarify the company's goal and the time frame.",
      "Look at the market: customers, competitors, trends.",
      "Look at the company: strengths, assets, what it can do that others cannot.",
      "Lay out two or three options.",
      "Recommend one, with how it makes or saves money.",
      "Name the risks and the first step that would test the bet.",
    ],
    traps: [
      "Listing frameworks by name instead of thinking.",
      "No recommendation, or one that ignores the business model.",
      "Forgetting competitors' likely response.",
    ],
    strongAnswer: [
      "A recommendation that follows from the company's strengths and the market.",
      "Money in the argument: revenue, cost or defensibility.",
      "Risks with a cheap way to learn first.",
    ],
  },
  behavioural: {
    type: "behavioural",
    minutes: 4,
    steps: [
      "Situation: one or two sentences of context.",
      "Task: what you were responsible for.",
      "Action: what you did yourself, in some detail (most of the time goes here).",
      "Result: the outcome, with a number where you have one.",
      "Reflection: what you learned or would do differently.",
    ],
    traps: [
      "Saying 'we' throughout, so your own part is unclear.",
      "A long situation and a short action.",
      "A story with no result, or one where nothing was at stake.",
      "Blaming others in a conflict or failure story.",
    ],
    strongAnswer: [
      "A real, specific story answering the question asked.",
      "Your own actions and reasoning, clearly.",
      "A result, and an honest lesson.",
    ],
  },
  technical: {
    type: "technical",
    minutes: 15,
    steps: [
      "Clarify what the product needs the system to do, and at what scale.",
      "Sketch the main parts (client, server, data store) and how data flows between them.",
      "Point out the trade-offs: speed, cost, reliability, privacy.",
      "Say what you would ask engineering and how it affects the product.",
    ],
    traps: [
      "Bluffing detail you don't know instead of saying so.",
      "Going deep into code instead of product trade-offs.",
      "Ignoring security and privacy.",
    ],
    strongAnswer: [
      "A correct picture at the level a PM needs.",
      "Trade-offs tied to what users will notice.",
      "Comfort saying what you would ask an engineer.",
    ],
  },
  analytical: {
    type: "analytical",
    minutes: 15,
    steps: [
      "State the question the data must answer and the decision it feeds.",
      "Define the metrics and the data you need, precisely.",
      "Check the data's quality and whether the comparison is fair (groups, timing, sample size).",
      "Analyse: segment, compare, look for confounders.",
      "Conclude with the decision and how confident you are.",
    ],
    traps: [
      "Trusting a result without checking the sample or the split.",
      "Confusing correlation with causation.",
      "Analysis with no decision at the end.",
    ],
    strongAnswer: [
      "Precise definitions of the metrics.",
      "Awareness of bias, noise and confounders.",
      "A conclusion with its level of confidence.",
    ],
  },
};

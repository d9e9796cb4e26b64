import { questionsOf } from "./build";

/** Analytical: reading data, designing experiments, separating signal from noise. */
export const ANALYTICAL = questionsOf(
  "analytical",
  ["data", "technical"],
  [
    [
      "an-01",
      "entry",
      "An A/B test shows the new checkout button lifted conversion by 2%. What would you check before shipping it?",
      ["data", "execution"],
    ],
    ["an-02", "mid", "Design an experiment to find out whether free shipping thresholds increase basket size.", ["data", "execution"]],
    ["an-03", "entry", "Which table and columns would you need to count monthly active users, and how would you define 'active'?"],
    [
      "an-04",
      "mid",
      "A test won in the first week and lost in the third. How do you explain it, and what do you do?",
      ["data", "execution"],
    ],
    [
      "an-05",
      "entry",
      "What is the difference between correlation and causation? Give a product example where it matters.",
      ["data", "customer_insight"],
    ],
    ["an-06", "mid", "Retention of new users dropped only on one phone platform. How would you dig in?"],
    ["an-07", "entry", "How would you read a cohort retention chart, and what would worry you in one?", ["data", "execution"]],
    [
      "an-08",
      "mid",
      "You cannot run an A/B test because the change affects every user at once. How do you measure its effect?",
      ["data", "execution"],
    ],
    ["an-09", "entry", "A survey says 80% of users love a feature, but usage is low. Which do you believe?", ["data", "customer_insight"]],
    ["an-10", "mid", "How would you build a simple funnel report for a sign-up flow, and which numbers would you put on it?"],
    [
      "an-11",
      "mid",
      "Average order value went up while the number of orders went down. Walk through what you would analyse.",
      ["data", "business"],
    ],
    ["an-12", "entry", "What sample size questions would you ask before trusting a test with 500 users per group?"],
  ],
);

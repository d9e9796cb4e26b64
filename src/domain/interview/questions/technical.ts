import { questionsOf } from "./build";

/** Technical: how things work well enough to talk trade-offs with engineers, never coding. */
export const TECHNICAL = questionsOf(
  "technical",
  ["technical"],
  [
    ["te-01", "entry", "Explain what happens between typing a web address and seeing the page."],
    ["te-02", "entry", "What is an API? Explain it to a colleague in sales."],
    [
      "te-03",
      "mid",
      "Your app's pages load slowly for users far from your servers. What options would you discuss with engineering?",
      ["technical", "execution"],
    ],
    ["te-04", "entry", "What is the difference between a database and a cache, and when would a product need both?"],
    [
      "te-05",
      "mid",
      "Engineering wants to spend a quarter rewriting a legacy service. How do you weigh that against new features?",
      ["technical", "execution", "strategy"],
    ],
    ["te-06", "entry", "How does a recommendation system decide what to show you? Explain at a level a PM needs."],
    ["te-07", "mid", "Design, at a high level, the system behind a link-shortening service.", ["technical", "execution"]],
    ["te-08", "entry", "What is technical debt, and how would you decide when to pay it down?", ["technical", "execution"]],
    [
      "te-09",
      "mid",
      "How would you keep users' data safe when adding login with a third-party account?",
      ["technical", "customer_insight"],
    ],
    ["te-10", "entry", "What is an A/B test at the level of the system: how are users split and counted?", ["technical", "data"]],
    [
      "te-11",
      "mid",
      "A feature needs to work offline on phones. What product and technical questions would you ask?",
      ["technical", "customer_insight"],
    ],
    ["te-12", "mid", "What trade-offs come with adding a large language model to a customer-support product?", ["technical", "strategy"]],
  ],
);

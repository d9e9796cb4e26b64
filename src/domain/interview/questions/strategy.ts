import { questionsOf } from "./build";

/** Strategy: where to play, how to win, what the company gains, and what could go wrong. */
export const STRATEGY = questionsOf(
  "strategy",
  ["strategy", "business"],
  [
    ["st-01", "mid", "Should a large video-streaming service start selling tickets to live events? Why or why not?"],
    ["st-02", "entry", "A competitor just launched a free version of your paid product. What do you do?"],
    ["st-03", "mid", "A note-taking app wants to enter the enterprise market. What is your plan for the first year?"],
    ["st-04", "entry", "Why do you think a big search company built its own web browser?"],
    ["st-05", "mid", "Should a ride-hailing company start delivering groceries? Make the case either way."],
    [
      "st-06",
      "mid",
      "You run a popular language-learning app. Where should it grow next: new languages, schools, or businesses?",
      ["strategy", "business", "customer_insight"],
    ],
    ["st-07", "entry", "What is a company's moat? Name one product with a strong one and explain it."],
    [
      "st-08",
      "mid",
      "A bank wants to win younger customers from mobile-only challengers. What should it build?",
      ["strategy", "business", "customer_insight"],
    ],
    ["st-09", "mid", "How would you price a new project-management tool for small agencies?"],
    ["st-10", "entry", "Pick a company you admire. What is its strategy, and what would you change?"],
    [
      "st-11",
      "mid",
      "Should a social network open its platform to third-party developers? What are the risks?",
      ["strategy", "business", "technical"],
    ],
    ["st-12", "mid", "A hardware fitness tracker company sees falling device sales. What should it do over the next three years?"],
    ["st-13", "entry", "What would you build if you joined a car-rental company as its first PM?"],
    ["st-14", "mid", "A travel-booking site wants to reduce its dependence on paid search ads. What are its options?"],
    ["st-15", "mid", "How should an online marketplace decide which new country to launch in next?", ["strategy", "business", "data"]],
    ["st-16", "entry", "Is it ever right for a product to remove a popular feature? Give an example."],
    [
      "st-17",
      "mid",
      "A company sells software licences and wants to move to subscriptions. What could go wrong, and how would you manage it?",
    ],
    [
      "st-18",
      "entry",
      "How would you explain your current company's business model to a new hire in two minutes?",
      ["strategy", "business", "communication"],
    ],
  ],
);

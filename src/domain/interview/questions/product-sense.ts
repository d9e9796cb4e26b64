import { questionsOf } from "./build";

/** Product sense and design: who is it for, what hurts, what would you build and how you'd know it worked. */
export const PRODUCT_SENSE = questionsOf(
  "product_sense",
  ["customer_insight", "strategy"],
  [
    ["ps-01", "entry", "Design an alarm clock for people who work night shifts."],
    ["ps-02", "entry", "What is a product you use every week that you would improve, and how?"],
    ["ps-03", "entry", "Design a way for a public library to lend tools instead of books."],
    ["ps-04", "mid", "A grocery chain wants an app feature that cuts food waste at home. What would you build?"],
    ["ps-05", "entry", "Design a coat rack for a busy restaurant entrance."],
    [
      "ps-06",
      "mid",
      "How would you redesign a hospital's appointment reminders so fewer patients miss their visit?",
      ["customer_insight", "strategy", "execution"],
    ],
    ["ps-07", "entry", "Pick an app you stopped using. Why did you stop, and what would have kept you?"],
    [
      "ps-08",
      "mid",
      "Design a product that helps first-time landlords manage a single rental flat.",
      ["customer_insight", "strategy", "business"],
    ],
    ["ps-09", "entry", "Design a fitness product for people who hate going to the gym."],
    ["ps-10", "mid", "A music streaming service wants to help listeners discover local live concerts. Design it."],
    [
      "ps-11",
      "mid",
      "Design a feature that helps remote teams feel less isolated without adding more meetings.",
      ["customer_insight", "strategy", "communication"],
    ],
    ["ps-12", "entry", "How would you make a city's bike-sharing scheme easier for tourists to use?"],
    [
      "ps-13",
      "mid",
      "Design a budgeting tool for teenagers who just got their first bank card.",
      ["customer_insight", "strategy", "business"],
    ],
    ["ps-14", "entry", "Design a better experience for waiting in line at a government office."],
    ["ps-15", "mid", "You are the PM of a maps app. What would you build for people in wheelchairs?"],
    [
      "ps-16",
      "mid",
      "Design a product that helps elderly people keep in touch with their grandchildren.",
      ["customer_insight", "strategy", "communication"],
    ],
    ["ps-17", "entry", "What makes a great onboarding flow? Show it on a product you know well."],
    ["ps-18", "mid", "A video-call tool wants to serve school teachers. What would you change first?"],
    [
      "ps-19",
      "mid",
      "Design a marketplace feature that helps buyers trust sellers they have never heard of.",
      ["customer_insight", "strategy", "business"],
    ],
    ["ps-20", "entry", "Design a smart fridge feature that people would actually pay for.", ["customer_insight", "strategy", "business"]],
    [
      "ps-21",
      "mid",
      "How would you improve the experience of returning an item bought online?",
      ["customer_insight", "strategy", "execution"],
    ],
    [
      "ps-22",
      "mid",
      "Design a tool that helps a small farm sell directly to nearby households.",
      ["customer_insight", "strategy", "business"],
    ],
    ["ps-23", "entry", "Which product do you think is beautifully designed, and what exactly makes it so?"],
    [
      "ps-24",
      "mid",
      "Design a voice assistant feature for people cooking with messy hands.",
      ["customer_insight", "strategy", "technical"],
    ],
  ],
);

import { questionsOf } from "./build";

/** Execution and metrics: goals, the metric that shows them, trade-offs and what to do when a number moves. */
export const EXECUTION = questionsOf(
  "execution",
  ["execution", "data"],
  [
    ["ex-01", "entry", "How would you measure the success of a photo-sharing app's new comment feature?"],
    ["ex-02", "mid", "Weekly active users of a food-delivery app fell 8% last week. Walk me through how you would find out why."],
    ["ex-03", "entry", "Pick one north-star metric for a podcast app and defend it against two alternatives."],
    [
      "ex-04",
      "mid",
      "Your team can ship one of two features this quarter, but engineering only has room for one. How do you decide?",
      ["execution", "data", "communication"],
    ],
    ["ex-05", "entry", "What would you track in the first week after launching a new sign-up flow?"],
    [
      "ex-06",
      "mid",
      "A feature raised engagement but lowered revenue per user. Do you keep it? How do you decide?",
      ["execution", "data", "business"],
    ],
    ["ex-07", "mid", "Set goals for a ride-hailing app's driver rating system for the next six months."],
    ["ex-08", "entry", "How would you know whether a help-centre redesign is working?", ["execution", "data", "customer_insight"]],
    [
      "ex-09",
      "mid",
      "The launch date is in two weeks and a key dependency slipped by a month. What do you do?",
      ["execution", "communication", "leadership"],
    ],
    ["ex-10", "entry", "How would you decide which bugs to fix before a release?"],
    [
      "ex-11",
      "mid",
      "An online course platform sees many sign-ups but few course completions. Which metrics would you look at, and what would you try?",
      ["execution", "data", "customer_insight"],
    ],
    ["ex-12", "mid", "Define success for a marketplace's new 'buy now, pay later' option.", ["execution", "data", "business"]],
    ["ex-13", "entry", "What counter-metrics would you watch when pushing more notifications to users?"],
    [
      "ex-14",
      "mid",
      "You have ten feature requests from sales, support and users. How do you turn them into a quarter's roadmap?",
      ["execution", "communication", "strategy"],
    ],
    ["ex-15", "entry", "How would you measure the health of a messaging app?"],
    ["ex-16", "mid", "Search usage doubled overnight on your e-commerce site. Good news or bad? How do you find out?"],
    [
      "ex-17",
      "mid",
      "How would you run the launch of a feature that must work in twelve countries on day one?",
      ["execution", "communication", "leadership"],
    ],
    ["ex-18", "entry", "What is the difference between an output and an outcome? Give a product example of each."],
    ["ex-19", "mid", "Time spent in your app went up but daily users went down. What might be going on?"],
    ["ex-20", "entry", "How would you set the success criteria for a free trial's length?", ["execution", "data", "business"]],
    ["ex-21", "mid", "The team keeps missing sprint commitments. As PM, what do you look at and change?", ["execution", "leadership"]],
    [
      "ex-22",
      "entry",
      "Which metrics would tell you a to-do list app's users are getting value?",
      ["execution", "data", "customer_insight"],
    ],
  ],
);

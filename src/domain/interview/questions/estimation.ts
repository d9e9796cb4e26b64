import { questionsOf } from "./build";

/** Estimation: a number from a structure of assumptions, stated and checked aloud. */
export const ESTIMATION = questionsOf(
  "estimation",
  ["data", "business"],
  [
    ["es-01", "entry", "How many umbrellas are sold in your country in a year?"],
    ["es-02", "entry", "Estimate how many coffees a busy train station café sells on a weekday."],
    ["es-03", "mid", "What yearly revenue could a subscription app for dog owners reach in one large country?"],
    ["es-04", "entry", "How many electric-car chargers does a mid-sized city need?"],
    ["es-05", "mid", "Estimate the storage a photo app needs for one year of its users' uploads.", ["data", "business", "technical"]],
    ["es-06", "entry", "How many piano tuners work in a city of two million people?"],
    ["es-07", "mid", "Estimate the market size for language-learning apps aimed at people who are moving abroad."],
    ["es-08", "entry", "How many birthday cakes are baked in a city each day?"],
    ["es-09", "mid", "How much would a food-delivery company earn in a year from a single mid-sized city?"],
    ["es-10", "entry", "Estimate how many people are on a flight somewhere in the world right now."],
    [
      "es-11",
      "mid",
      "How many support tickets per week should a software company with 50,000 customers plan for?",
      ["data", "business", "execution"],
    ],
    ["es-12", "entry", "How many school buses does your country need every morning?"],
    [
      "es-13",
      "mid",
      "What would it cost per year to send every user of a 10-million-user app a daily text message?",
      ["data", "business", "technical"],
    ],
    ["es-14", "entry", "Estimate the number of dentists' appointments booked online each month in a large city."],
  ],
);

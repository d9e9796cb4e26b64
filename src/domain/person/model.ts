/** The vocabulary of the people a user meets on the way: how they met, and the limits. */

export const HOW_MET = ["colleague", "lunch", "community", "referral", "event"] as const;
export type HowMet = (typeof HOW_MET)[number];

export const HOW_MET_LABELS: Readonly<Record<HowMet, string>> = {
  colleague: "Colleague",
  lunch: "Lunch or coffee",
  community: "Online community",
  referral: "Referral",
  event: "Event or meetup",
};

export const MAX_PEOPLE = 1_000;
export const PEOPLE_LIMIT_MESSAGE = `You can keep up to ${MAX_PEOPLE.toLocaleString("en")} people. Delete ones you no longer need to add more.`;

/** Informational conversations per person: generous, but bounded. */
export const MAX_CONVERSATIONS_PER_PERSON = 200;
export const CONVERSATION_LIMIT_MESSAGE = `You can log up to ${MAX_CONVERSATIONS_PER_PERSON} conversations with one person.`;

export function isHowMet(value: string): value is HowMet {
  return (HOW_MET as readonly string[]).includes(value);
}

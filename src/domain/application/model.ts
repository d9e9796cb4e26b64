/**
 * The vocabulary of job applications: kinds, stages (with labels) and the limits. Persistence stores these
 * as strings; the `is…` guards turn a stored string back into the type without trusting it.
 */

export const APPLICATION_KINDS = ["pm", "associate_pm", "bridge", "internal"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ApplicationKind, string>> = {
  pm: "Product manager",
  associate_pm: "Associate PM",
  bridge: "Product specialist / bridge role",
  internal: "Internal opening",
};

/** In board order: the pipeline first, then the two ways an application ends without an offer. */
export const STAGES = ["researching", "applied", "screening", "interviewing", "offer", "rejected", "withdrawn"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  researching: "Researching",
  applied: "Applied",
  screening: "Screening",
  interviewing: "Interviewing",
  offer: "Offer",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

/** The stages an application passes through on its way to an offer, in order. */
export const PIPELINE: readonly Stage[] = ["researching", "applied", "screening", "interviewing", "offer"];

/** Stages after which no follow-up is expected. */
export const CLOSED_STAGES: readonly Stage[] = ["offer", "rejected", "withdrawn"];

export const MAX_APPLICATIONS = 500;
export const APPLICATION_LIMIT_MESSAGE = `You can track up to ${MAX_APPLICATIONS} applications. Delete ones you no longer need to add more.`;

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

export function isApplicationKind(value: string): value is ApplicationKind {
  return (APPLICATION_KINDS as readonly string[]).includes(value);
}

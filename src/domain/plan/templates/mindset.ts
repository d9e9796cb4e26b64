/** Patience and openness: the habits that keep a months-long move on track. */
import { PATHS } from "@/domain/assessment/schemas";
import { bridgeRole } from "../context";
import type { GeneralTemplate } from "./types";

export const MINDSET_TEMPLATES: readonly GeneralTemplate[] = [
  {
    key: "mindset.timeline",
    category: "mindset",
    title: "Set a realistic timeline and a weekly rhythm",
    detail:
      "Moves into product usually take several months, so pick a target window and block two or three fixed slots a week for this plan. Decide what a good week looks like, for example one conversation, one piece of practice and one item ticked off. Put the slots in your calendar now so they survive busy weeks.",
    paths: PATHS,
    phase: 1,
    priority: 1,
    why: (c) => `Landing ${c.pathWords.goal} rarely happens in a few weeks, and a steady rhythm keeps you moving when progress feels slow.`,
  },
  {
    key: "mindset.progress_log",
    category: "mindset",
    title: "Start a weekly progress log",
    detail:
      "Keep one running document where, every Friday, you note what you did, what you learned and who you met. Add links and numbers while they are fresh. It becomes the raw material for your resume, your interview stories and the case you make to whoever decides.",
    paths: PATHS,
    phase: 1,
    priority: 2,
    why: (c) =>
      c.path === "internal_move"
        ? "When you make your case for an internal move, a dated record of what you did is far more convincing than memory."
        : `Progress toward ${c.pathWords.goal} is easy to underrate from week to week, and the log doubles as a store of interview examples.`,
  },
  {
    key: "mindset.adjacent_roles",
    category: "mindset",
    title: "Look at associate PM and product specialist roles too",
    detail:
      "Search for associate product manager, product specialist, product operations and product analyst openings alongside full PM roles. Read five of these postings and note which ones match what you already do. Roles like these are a common first step and can lead to the full title once you have a track record.",
    paths: PATHS,
    phase: 1,
    priority: 2,
    priorityOn: { junior_pm: 1 },
    why: (c) =>
      c.bridge
        ? `Your result points to ${bridgeRole(c)} as your bridge, and as ${c.bg.a} roles like it are the surest first step into product.`
        : c.path === "internal_move"
          ? `As ${c.bg.a}, a product-adjacent role inside a company can be a quicker first step than waiting for a full PM opening.`
          : `As ${c.bg.a}, a role one step below the PM title can be the fastest way in, letting you build product experience on the job.`,
  },
  {
    key: "mindset.sixty_day_review",
    category: "mindset",
    title: "Hold a 60-day check-in with yourself",
    detail:
      "Reread your progress log and this plan, and mark what moved you forward and what stalled. Retake the assessment to see whether your gaps have shrunk. Drop or replace items that no longer fit and set two clear goals for the final month.",
    paths: PATHS,
    phase: 3,
    priority: 2,
    why: (c) =>
      `Two months in, you know far more about ${c.pathWords.name} than when you started, so it is worth re-aiming the last stretch of the plan.`,
  },
  {
    key: "mindset.handle_no",
    category: "mindset",
    title: "Decide in advance how you will handle a no",
    detail:
      "Before the first application or pitch, write down what you will do after a rejection or a stalled conversation: ask for one piece of specific feedback, log it, and book your next step within a week. Share this routine with a friend who can nudge you. Rejections are normal in product hiring and say little about your eventual fit.",
    paths: PATHS,
    phase: 2,
    priority: 1,
    why: (c) =>
      `On ${c.pathWords.name} persistence matters more than any single answer, and a routine decided in advance keeps a setback from stalling the plan.`,
  },
  {
    key: "mindset.bridge_first",
    category: "mindset",
    title: "Aim for your bridge step before PM roles",
    detail:
      "Write down the bridge step your result names and what it takes: the roles or responsibilities, who decides and what they ask for. Pick one concrete opening or opportunity to go for in the next 60 days. Hold off on PM applications until a re-assessment shows your readiness has passed the entry bar.",
    paths: PATHS,
    requires: ["bridge"],
    phase: 1,
    priority: 1,
    why: (c) =>
      `Your readiness is ${c.result.readiness} of 100, so ${bridgeRole(c)} builds the skills and evidence that ${c.pathWords.goal} will ask for, and it is within reach now.`,
  },
];

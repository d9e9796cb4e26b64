/** Networking: the people who explain the job, vouch for you and tell you about openings. */
import { PATHS } from "@/domain/assessment/schemas";
import type { GeneralTemplate } from "./types";

export const NETWORKING_TEMPLATES: readonly GeneralTemplate[] = [
  {
    key: "networking.company_pms",
    category: "networking",
    title: "Meet the product managers at your company",
    detail:
      "List the PMs whose products touch your work and ask each for a 20-minute chat about what they are working on. Ask what a normal week looks like and which skills they lean on most. Note what you hear in your progress log and thank each person with one specific takeaway.",
    paths: PATHS,
    requires: ["employsPMs"],
    phase: 1,
    priority: 2,
    priorityOn: { internal_move: 1 },
    why: (c) =>
      c.path === "internal_move"
        ? "For an internal move, the PMs at your company are the people who will later vouch for you, so getting to know them comes first."
        : `Even while aiming for ${c.pathWords.goal}, the PMs already at your company are your easiest first-hand source on what the job involves.`,
  },
  {
    key: "networking.pm_lunch",
    category: "networking",
    title: "Invite one PM to lunch or coffee",
    detail:
      "Choose the PM you would most like to learn from and invite them to lunch on an office day, or to a video coffee if you are remote. Ask how they got into product, what they would do in your place and what they look for in a new PM. Before you part, ask whether there is something small you could help with.",
    paths: PATHS,
    requires: ["pmsNearby"],
    phase: 2,
    priority: 2,
    why: (c) =>
      `An unhurried hour with one PM tells you more about the move from ${c.bg.field} into product than any article, and it often opens the door to real work.`,
  },
  {
    key: "networking.online_community",
    category: "networking",
    title: "Join an online product community",
    detail:
      "Pick one active online community for product managers and introduce yourself with where you are coming from and what you are aiming for. Read it for ten minutes a few times a week and reply where your current expertise helps. Being useful in public is how people come to remember and recommend you.",
    paths: PATHS,
    phase: 1,
    priority: 2,
    why: (c) =>
      c.input.employment === "employed" && (c.input.company.employsPMs || c.input.company.worksWithPMs)
        ? `Plenty of PMs started out as ${c.bg.plural}, and a community is the quickest way to find them and learn how they made the switch.`
        : `With no PMs around you day to day, a community is where you find them: plenty started out as ${c.bg.plural} and will tell you how they made the switch.`,
  },
  {
    key: "networking.informational_interviews",
    category: "networking",
    title: "Hold three informational interviews",
    detail:
      "Find three PMs at companies you would like to join, through your community, alumni network or mutual contacts, and ask for 20 minutes to learn about their team. Prepare four or five questions on how the team works, what new PMs find hard and how they hire. Keep it a conversation rather than a job request; the relationship comes first.",
    paths: PATHS,
    phase: 2,
    priority: 2,
    why: (c) =>
      c.path === "startup"
        ? "Startups often hire through people they already know, so conversations now can become introductions when a role opens."
        : c.path === "junior_pm"
          ? "People inside your target companies can tell you what their hiring managers look for in a junior PM, and may refer you later."
          : c.input.employment !== "employed"
            ? "An internal move needs a company to move within, and PMs at companies you might join can tell you where people really do move across into product."
            : c.input.company.employsPMs
              ? "PMs at other companies can tell you how their teams took in people from inside, which gives you a picture to bring to your own internal move."
              : "Your company has no PMs yet, so PMs elsewhere are the people who can show you how they set up the first product role at their company.",
  },
  {
    key: "networking.product_event",
    category: "networking",
    title: "Attend one product meetup or online talk",
    detail:
      "Find a local product meetup or a free online talk in the next few weeks and go with one goal: meet two people and follow up afterwards. Prepare a two-sentence introduction of where you are coming from and where you are heading. Connect with both the next day with a note about what you discussed.",
    paths: PATHS,
    phase: 1,
    priority: 3,
    priorityIf: { when: "noPMsNearby", priority: 2 },
    why: (c) =>
      `Events put you next to PMs who are open to meeting newcomers, and introducing yourself there as ${c.bg.a} moving into product rehearses the story you will tell in interviews.`,
  },
  {
    key: "networking.mentor",
    category: "networking",
    title: "Ask an experienced PM to mentor you",
    detail:
      "Pick someone you have already spoken with who was generous with their time and ask for a light arrangement: 30 minutes every two weeks for two months. Bring a specific question or a piece of work to each session. Keeping the ask small and time-boxed makes it easy to say yes.",
    paths: PATHS,
    requires: ["wantsGuidance"],
    phase: 2,
    priority: 2,
    why: (c) =>
      c.input.wantsMentorship >= 4
        ? `You told us mentoring matters a lot to you, and a mentor who has made the move can spot your blind spots on ${c.pathWords.name} early.`
        : `You told us guidance matters to you, and a mentor who has made the move can spot your blind spots on ${c.pathWords.name} early.`,
  },
  {
    key: "networking.referral_conversation",
    category: "networking",
    title: "Ask your contact for a referral and prepare the talk",
    detail:
      "Before you ask, read the opening and write three lines on why you fit it, with one result from your work. Ask your contact for 15 minutes to hear about the team, then ask plainly whether they would refer you, and send them your resume and a two-line summary they can forward. Thank them and tell them how it went, whatever the outcome.",
    paths: ["junior_pm", "startup"],
    requires: ["hasReferral"],
    phase: 1,
    priority: 1,
    topic: "referrals",
    why: (c) =>
      `You told us someone at a hiring company would refer you: a prepared referral is the surest way to get ${c.bg.a}'s application read by a person.`,
  },
  {
    key: "networking.referrals",
    category: "networking",
    title: "Ask your network for referrals",
    detail:
      "Send a short note to former colleagues, friends and the people you have met through this plan saying which kind of product role you want and which companies interest you. Ask anyone who works at a target company whether they would refer you. Make it easy by attaching your resume and a two-line summary they can forward.",
    paths: ["junior_pm", "startup"],
    phase: 3,
    priority: 1,
    topic: "referrals",
    why: (c) =>
      `A referral gets your application read by a person, which matters most when your background is in ${c.bg.field} rather than product.`,
  },
  {
    key: "networking.update_helpers",
    category: "networking",
    title: "Send an update to everyone who helped you",
    detail:
      "Go through your progress log and list everyone who gave you time, advice or an introduction in the last two months. Send each a short personal note on what you did with their help and where you are now. Close with one specific, easy ask where it fits, such as an introduction or a look at your resume.",
    paths: PATHS,
    phase: 3,
    priority: 2,
    why: (c) =>
      `People who see their advice put to use tend to help again, and on ${c.pathWords.name} the next opening often comes through someone you have already met.`,
  },
];

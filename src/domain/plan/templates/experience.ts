/** Gaining product experience: real work to point to, inside the current job or beside it. */
import { PATHS } from "@/domain/assessment/schemas";
import type { GeneralTemplate } from "./types";

export const EXPERIENCE_TEMPLATES: readonly GeneralTemplate[] = [
  {
    key: "experience.internship_offer",
    category: "experience",
    title: "Turn an internship into the offer",
    detail:
      "If you're on, or can get, an internship near a product team, tell the person you report to early that you want a product role after it. Ask for one piece of product work with a clear owner and result, and ask halfway through what would make you a hire. Write up what you did and its result before you leave, and ask directly about a return offer.",
    paths: PATHS,
    requires: ["student"],
    phase: 2,
    priority: 1,
    why: (c) =>
      `Many first product roles go to interns the team already knows, so an internship you use well is the shortest route from your studies to ${c.pathWords.goal}.`,
  },
  {
    key: "experience.help_pm",
    category: "experience",
    title: "Offer to take one task off a PM's plate",
    detail:
      "Ask a PM you work with what is piling up, then offer to take one contained task, such as sorting customer feedback, drafting release notes or checking what competitors shipped. Agree on what done looks like and a date, and deliver a little early. Afterwards, ask for two minutes of feedback on how you approached it.",
    paths: PATHS,
    requires: ["pmsNearby"],
    phase: 2,
    priority: 1,
    why: (c) =>
      c.path === "internal_move"
        ? "Product work done beyond your job description is the strongest evidence you can bring to an internal move, and PMs remember who helped."
        : `A task finished for a working PM gives you genuine product experience to talk about when you go for ${c.pathWords.goal}.`,
  },
  {
    key: "experience.shadow_pm",
    category: "experience",
    title: "Shadow a PM for a day of meetings",
    detail:
      "Ask a PM at your company whether you can join their meetings for one day, from planning to a customer call to a roadmap review. Watch who they talk to, what they decide and what they turn down. Write down three things that surprised you and share them with the PM afterwards.",
    paths: PATHS,
    requires: ["employsPMs"],
    phase: 1,
    priority: 3,
    priorityOn: { internal_move: 1 },
    why: (c) =>
      c.path === "internal_move"
        ? "Seeing a PM's real day at your company shows you what the internal move would feel like before you ask for it."
        : `Watching a working PM up close shows you, as ${c.bg.a}, which parts of the job you already do and which you would need to learn.`,
  },
  {
    key: "experience.side_project",
    category: "experience",
    title: "Ship a small side project",
    detail:
      "Pick a small problem that you or people around you have, and build the simplest thing that solves it, with a no-code tool if you do not write code. Put it in front of at least five real people and note what they actually do with it. Scope it to ship in two weekends; finishing matters more than polish.",
    paths: PATHS,
    requires: ["noSideProject"],
    phase: 2,
    priority: 2,
    priorityOn: { startup: 1 },
    why: (c) =>
      c.path === "startup"
        ? "Startups look for people who build things on their own initiative, and a shipped project shows that better than any line on a resume."
        : `A shipped project, however small, gives you a product story of your own to bring to ${c.pathWords.audience}: a problem, a decision and a result.`,
  },
  {
    key: "experience.side_project_case_study",
    category: "experience",
    title: "Turn your side project into a product case study",
    detail:
      "Write one page on your side project the way a PM would: who it is for, what problem it solves, what you chose not to build and what you learned from the people who used it. Add at least one number, even a small one such as sign-ups or weekly users. Link it from your resume and online profile.",
    paths: PATHS,
    requires: ["hasSideProject"],
    phase: 2,
    priority: 2,
    why: (c) =>
      `You already have a side project, and describing it as a series of product decisions turns it into evidence for ${c.pathWords.goal}.`,
  },
  {
    key: "experience.customer_interviews",
    category: "experience",
    title: "Interview five people about one problem",
    detail:
      "Choose a problem your product or an idea of yours addresses and find five people who have it. Ask about the last time it happened, what they did and what it cost them, and avoid pitching any solution. Write a half-page summary of the patterns you heard.",
    paths: PATHS,
    phase: 2,
    priority: 2,
    priorityIf: { when: "notCustomerFacing", priority: 1 },
    topic: "user_interviews",
    why: (c) =>
      `Talking to users is one of the habits ${c.pathWords.audience} look for in a career switcher, and five conversations give you a fresh example of it.`,
  },
  {
    key: "experience.product_brief",
    category: "experience",
    title: "Write a one-page product brief",
    detail:
      "Pick a real improvement to a product you know well and write one page covering the problem, who has it, the evidence, your proposed solution and how you would measure success. The one-page limit forces the choices a PM has to make. Ask a PM or a thoughtful colleague to critique it.",
    paths: PATHS,
    phase: 2,
    priority: 2,
    priorityIf: { when: "noPMsNearby", priority: 1 },
    why: (c) =>
      `A brief shows how you think a problem through from end to end, which is exactly what ${c.pathWords.audience} want to see from ${c.bg.a}.`,
  },
  {
    key: "experience.coordinate_effort",
    category: "experience",
    title: "Coordinate one small cross-functional effort",
    detail:
      "Volunteer to coordinate something that needs two or three teams, such as a bug bash, a review of customer feedback or a small launch checklist. Set the goal, the owners and the date, and send a short update as it progresses. Close with a one-paragraph recap of what happened and what you would change.",
    paths: PATHS,
    requires: ["employed", "notLedCrossFunctional"],
    phase: 2,
    priority: 2,
    priorityOn: { internal_move: 1 },
    topic: "cross_functional",
    why: (c) =>
      `You have not led cross-functional work yet, and aligning people who do not report to you is much of a PM's week on ${c.pathWords.name}.`,
  },
  {
    key: "experience.teardown",
    category: "experience",
    title: "Write a teardown of a product you use",
    detail:
      "Pick an app you use every week and write a page on who it is for, the main job it does for them, one thing it does well and one thing you would change, with your reasoning. Go through its sign-up with fresh eyes and note where a new user would stall. Share it in your product community or with a PM for feedback.",
    paths: PATHS,
    phase: 1,
    priority: 3,
    why: (c) =>
      `A teardown trains the product eye that ${c.pathWords.audience} will test, and you can start it tonight without anyone's permission.`,
  },
];

/** Job-search preparation: targets, materials and interview practice. */
import { PATHS } from "@/domain/assessment/schemas";
import { bridgeRole } from "../context";
import type { GeneralTemplate } from "./types";

export const JOB_SEARCH_TEMPLATES: readonly GeneralTemplate[] = [
  {
    key: "job_search.shortlist",
    category: "job_search",
    title: "Shortlist ten target companies and their roles",
    detail:
      "Make a simple sheet of ten companies whose product or industry you understand, with the product roles they have posted in the last few months. Note each title, what the posting asks for and who you know there. Rank them by how well your background fits rather than by brand.",
    paths: ["junior_pm", "startup"],
    phase: 1,
    priority: 1,
    why: (c) =>
      c.path === "startup"
        ? `Startups vary widely in stage and culture, and a focused shortlist keeps your search on the ones where a background in ${c.bg.field} adds most.`
        : `Companies where ${c.bg.field} counts as an advantage are where your junior PM application is most likely to stand out.`,
  },
  {
    key: "job_search.online_profile",
    category: "job_search",
    title: "Update your online profile for product",
    detail:
      "Rewrite your headline and summary around the product work you do and want to do next, not only your current title. Add your side work, product brief or teardown as featured items. Ask two people you have worked with for a short recommendation that mentions product-related work.",
    paths: ["junior_pm", "startup"],
    phase: 2,
    priority: 2,
    priorityIf: { when: "notEmployed", priority: 1 },
    why: (c) =>
      `Recruiters will look you up, and a profile that already tells the story of ${c.bg.a} moving into product saves you explaining it from scratch.`,
  },
  {
    key: "job_search.stories",
    category: "job_search",
    title: "Prepare six interview stories with specific results",
    detail:
      "Write six short stories from your own work as situation, action and result: a conflict you resolved, a decision made with data, a time you influenced without authority, a failure, a customer insight and something you shipped. Give each a concrete number or outcome. Practise telling each one in under two minutes.",
    paths: PATHS,
    phase: 2,
    priority: 1,
    why: (c) =>
      `${capitalise(c.pathWords.audience)} will ask for specific examples, and prepared stories let your experience as ${c.bg.a} come across as product work.`,
  },
  {
    key: "job_search.practise_questions",
    category: "job_search",
    title: "Practise common product interview questions",
    detail:
      "Collect fifteen common product questions across product sense, prioritisation, metrics and behaviour, and answer two or three a week out loud. Record one answer each week and listen back for structure and length. Note which kind of question feels weakest and spend more time there.",
    paths: PATHS,
    phase: 2,
    priority: 1,
    why: (c) =>
      `Product interviews have a shape of their own, and practising out loud is what turns your experience in ${c.bg.field} into confident answers.`,
  },
  {
    key: "job_search.mock_interviews",
    category: "job_search",
    title: "Do three mock interviews",
    detail:
      "Ask PMs you have met, a peer who is also switching or an online practice partner for three 45-minute mock interviews. Give them a few questions to ask and request blunt feedback on structure, clarity and examples. Fix one thing after each session before the next.",
    paths: PATHS,
    phase: 3,
    priority: 1,
    why: (c) =>
      c.path === "internal_move"
        ? "Even an internal move usually involves an interview, and rehearsing with a real person is the quickest way to find the holes in your answers."
        : `Mock interviews expose gaps that solo practice hides, and they make the real interviews for ${c.pathWords.goal} feel familiar.`,
  },
  {
    key: "job_search.tailor_applications",
    category: "job_search",
    title: "Tailor your resume and cover letter for each application",
    detail:
      "For each role, mirror the posting's top three requirements in your resume summary and in the opening of a short cover letter, each backed by one example. Keep a base version plus a copy per company so tailoring takes twenty minutes, not two hours. Read each one aloud before sending.",
    paths: ["junior_pm", "startup"],
    phase: 3,
    priority: 1,
    why: (c) =>
      `Each application gets only a quick look, and tailoring it makes your experience in ${c.bg.field} read as product experience to ${c.pathWords.audience}.`,
  },
  {
    key: "job_search.first_applications",
    category: "job_search",
    title: "Send your first five tailored applications",
    detail:
      "Pick the five roles from your shortlist that fit your background best and apply with tailored materials, using a referral wherever you have one. Track each one in your sheet with the date, the contact and the next step. Follow up politely after a week if you have not heard back.",
    paths: ["junior_pm", "startup"],
    requires: ["noBridge"],
    phase: 3,
    priority: 1,
    why: (c) =>
      `A small, focused batch keeps quality high and gives you early signal on how a background in ${c.bg.field} lands for ${c.pathWords.goal}.`,
  },
  {
    key: "job_search.interview_coach",
    category: "job_search",
    title: "Book a session with an interview coach",
    detail:
      "Find a coach who has hired PMs, ideally one who works with career switchers, and book a single session to start; some communities offer free sessions. Bring your weakest answer and your resume. Ask for the two changes that would make the biggest difference and work on them before deciding on more sessions.",
    paths: PATHS,
    phase: 3,
    priority: 2,
    why: (c) =>
      c.path === "internal_move"
        ? `Even an internal move ends in a conversation that decides it, and someone who has hired PMs can tell you how ${c.bg.a} comes across, which is hard to judge on your own.`
        : `Someone who has hired PMs can tell you quickly how ${c.bg.a} comes across on paper and in person, which is hard to judge on your own.`,
  },
  {
    key: "job_search.bridge_applications",
    category: "job_search",
    title: "Apply for your first bridge roles",
    detail:
      "Pick the three to five openings for your bridge step that fit your background best and apply with tailored materials, using a referral wherever you have one. Track each one with the date, the contact and the next step. Keep PM roles on your watch list for after the next re-assessment.",
    paths: ["junior_pm", "startup"],
    requires: ["bridge"],
    phase: 3,
    priority: 1,
    why: (c) =>
      `Your result names ${bridgeRole(c)} as the step before ${c.pathWords.goal}, so your first applications go there, where ${c.bg.a} already fits.`,
  },
  {
    key: "job_search.optional_bridge",
    category: "job_search",
    title: "Weigh a product-adjacent role as your first step",
    detail:
      "Read five openings for the product-adjacent role your result suggests and five for PM roles, and note which ones match what you already do. Apply to the best of both. Decide after the first replies which door to push on, and keep closing your gaps either way.",
    paths: PATHS,
    requires: ["optionalBridge"],
    phase: 2,
    priority: 1,
    why: (c) =>
      `Your result offers ${bridgeRole(c)} as an optional first step: from ${c.bg.field} it is often the quicker door, and it doesn't stop you applying for PM roles now.`,
  },
  {
    key: "job_search.refresh_story",
    category: "job_search",
    title: "Refresh your story with this plan's results",
    detail:
      "Rewrite your two-minute introduction and your top resume bullets to include the product work you have done over the last two months. Swap in fresher, more product-like examples in your interview stories. Say the new introduction out loud to a friend and ask whether it sounds like a future PM.",
    paths: PATHS,
    phase: 3,
    priority: 2,
    why: (c) =>
      `The work you did in this plan is your newest and most relevant evidence, and it should lead when you talk to ${c.pathWords.audience}.`,
  },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

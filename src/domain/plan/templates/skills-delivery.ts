/**
 * Skill-gap templates for the "getting it built, together" areas: technical fluency, execution,
 * communication, leadership. Same structure as skills-understanding.ts.
 */
import { Rated, rated } from "../context";
import { skillTemplate as t, toward } from "./skill-template";
import type { SkillTemplate } from "./types";

const TECHNICAL: readonly SkillTemplate[] = [
  t("technical", "foundation", 1, {
    title: "Learn how web software works, in plain language",
    detail:
      "Take a short beginner course or read an introductory guide on how web and mobile apps work: clients, servers, APIs, databases and deployment. After each topic, explain it to someone else in two sentences. Keep a list of terms you hear at work that you still cannot explain and look up one each day.",
    why: (c) => `${Rated(c)}, and knowing the basic building blocks lets you follow engineering discussions and ask sharper questions.`,
  }),
  t(
    "technical",
    "foundation",
    1,
    {
      title: "Walk through a system design with an engineer",
      detail:
        "Ask an engineer to spend 30 minutes drawing how your product works, from what the user sees to where the data is stored and which outside services it relies on. Redraw the diagram yourself afterwards and check it with them. Keep it as your reference for every technical conversation that follows.",
      why: (c) =>
        `As ${c.bg.a}, technical fluency is where people will look hardest for proof, and ${rated(c)}, so a guided tour of a real system is the best first step.`,
      backgrounds: ["marketing", "sales", "customer_success", "operations", "consultant", "teacher"],
      requires: ["engineersNearby"],
    },
    "commercial",
  ),
  t("technical", "foundation", 2, {
    title: "Read a technical design document and list your questions",
    detail:
      "Ask an engineering lead for a recent design document or technical proposal and read it from start to finish. List what you understood, what you did not and the trade-offs the authors weighed. Book 20 minutes with one of the authors to go through your questions.",
    requires: ["engineersNearby"],
    why: (c) =>
      `Reading real engineering work moves your ${c.areaWords} from ${c.rating} toward ${c.target}, and engineers notice when a future PM has done the homework.`,
  }),
  t(
    "technical",
    "foundation",
    2,
    {
      title: "Read a public engineering write-up and list your questions",
      detail:
        "Pick a post from a company engineering blog that explains how a feature or system was built, ideally for a product you use. List what you understood, what you did not and the trade-offs the authors weighed. Take your questions to a developer you know or to your product community.",
      why: (c) =>
        `With no engineers around you to ask, public write-ups are the best way to see how real software is built, and reading them moves your ${c.areaWords} from ${c.rating} toward ${c.target}.`,
    },
    "public",
  ),
  t("technical", "stretch", 1, {
    title: "Sit in on an estimation session",
    detail:
      "Join your team's planning or estimation session for a feature and note what makes work big or small: unknowns, dependencies, testing and data changes. Afterwards, ask one engineer which part of the estimate was hardest and why. Write down three questions you would ask as a PM before committing to a date.",
    requires: ["engineersNearby"],
    why: (c) =>
      `At ${c.rating} of 5 you know the vocabulary, and understanding what drives effort is what lets a PM make realistic trade-offs.`,
  }),
  t(
    "technical",
    "stretch",
    1,
    {
      title: "Follow how an open-source project plans its work",
      detail:
        "Pick an active open-source project with public issues and milestones, and follow one feature from its first issue to its release. Note what made the work big or small: unknowns, dependencies, testing and reviews. Write down three questions you would ask as a PM before committing to a date.",
      why: (c) =>
        `At ${c.rating} of 5 you know the vocabulary, and watching real engineering work unfold in public shows what drives effort without needing a team of your own.`,
    },
    "public",
  ),
  t("technical", "stretch", 2, {
    title: "Write a spec an engineer could build from",
    detail:
      "Write a short specification for a small feature, covering user stories, edge cases, error states and the data it needs. Ask an engineer, at work or in your network, to review it and tell you what they would still have to ask. Revise it once with those questions answered.",
    why: (c) => `A spec engineers can build from is the clearest proof of ${c.areaWords}, and it takes you from ${c.rating} ${toward(c)}.`,
  }),
];

const EXECUTION: readonly SkillTemplate[] = [
  t("execution", "foundation", 1, {
    title: "Prioritise a real backlog with a simple framework",
    detail:
      "Take fifteen items from a real backlog or request list and score each for impact and effort, or with a framework such as RICE. Pick the top three and write one sentence on why each beats the rest. Show your ranking to the person who owns the list and compare it with theirs.",
    why: (c) => `${Rated(c)}, and prioritising is the part of execution a PM does every single day.`,
  }),
  t("execution", "foundation", 2, {
    title: "Run a small project from start to finish",
    detail:
      "Pick a project you can finish in two or three weeks and write a one-paragraph plan with the goal, owner, milestones and date. Send a short weekly update with progress, risks and decisions. Close it with a recap of what went to plan and what did not.",
    why: (c) =>
      `Seeing something through on a plan you wrote takes your ${c.areaWords} from ${c.rating} toward ${c.target} and gives you a delivery story to tell.`,
  }),
  t("execution", "stretch", 1, {
    title: "Write a trade-off memo for a scope cut",
    detail:
      "Pick a project at risk of slipping, at work or one you have read about, and write a half-page memo with two or three options: cut scope, move the date or add people. Give the cost and benefit of each and recommend one. Ask the project lead how close your recommendation is to what they would do.",
    why: (c) =>
      `At ${c.rating} of 5 you can run work, and making trade-offs explicit under pressure takes your ${c.areaWords} ${toward(c)}.`,
  }),
  t("execution", "stretch", 2, {
    title: "Plan a launch with milestones, risks and a checklist",
    detail:
      "For an upcoming release at work, or the launch of your side project, draft the launch plan: milestones, who needs to know what and when, the top five risks with how you would handle each, and a go or no-go checklist. Review it with the people involved and adjust. Keep it as a template for future launches.",
    why: (c) => `Coordinating a launch across teams is core PM execution, and it takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

const COMMUNICATION: readonly SkillTemplate[] = [
  t("communication", "foundation", 1, {
    title: "Write a weekly update people actually read",
    detail:
      "For the next two weeks, send your manager or team a five-bullet update on your work: progress, decisions, risks, asks and what comes next. Keep it under 150 words. Ask one reader what they would like more or less of.",
    requires: ["employed"],
    why: (c) => `${Rated(c)}, and short, clear written updates are the thing a PM produces most often.`,
  }),
  t(
    "communication",
    "foundation",
    1,
    {
      title: "Send a weekly update on this plan to a mentor or peer",
      detail:
        "For the next two weeks, send a mentor, a friend who is also switching or a community buddy a five-bullet update on this plan: progress, decisions, risks, asks and what comes next. Keep it under 150 words. Ask them what they would like more or less of.",
      why: (c) =>
        `${Rated(c)}, and short, clear written updates are the thing a PM produces most often, so practise them on the work you are doing now.`,
    },
    "own_plan",
  ),
  t(
    "communication",
    "foundation",
    1,
    {
      title: "Explain a technical decision to a non-technical colleague",
      detail:
        "Pick a recent technical or analytical decision your team made and explain it on one page, or in five minutes, to a colleague in sales, marketing or support. Skip the jargon and focus on what it means for customers and the business. Ask them to explain it back and fix whatever got lost.",
      why: (c) =>
        `As ${c.bg.a} your expertise is a strength, and ${rated(c)}, so translating it for non-specialists is exactly the communication a PM needs.`,
      backgrounds: ["software_engineer", "qa_engineer", "data_analyst", "support_engineer", "solutions_engineer", "researcher"],
    },
    "specialists",
  ),
  t("communication", "foundation", 2, {
    title: "Present a recommendation to a mixed audience",
    detail:
      "Prepare a five-minute presentation recommending one change, aimed at people from at least two different functions. Lead with the recommendation, then the evidence, then the ask. Rehearse it once with a colleague and ask what they would remember a day later.",
    why: (c) =>
      `PMs win support by shaping one message for different listeners, and practising it takes your ${c.areaWords} from ${c.rating} toward ${c.target}.`,
  }),
  t("communication", "stretch", 1, {
    title: "Run a meeting that ends in a decision",
    detail:
      "Pick an upcoming meeting where a decision is needed, at work or in a volunteer or study group, and offer to run it. Send the question, the options and the background a day ahead, keep the discussion on the options and close by stating the decision and its owners. Send a three-line summary within the hour.",
    why: (c) => `At ${c.rating} of 5 you communicate well, and steering a group to a decision takes your ${c.areaWords} ${toward(c)}.`,
  }),
  t("communication", "stretch", 2, {
    title: "Map your stakeholders and tailor your message",
    detail:
      "For a project you are involved in, list everyone it affects, what each cares about and how much influence they have. Write the one sentence each group most needs to hear about the project. Use those sentences in your next update and note how the responses change.",
    why: (c) =>
      `Managing stakeholders deliberately rather than by instinct shows a PM's judgement, and it takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

const LEADERSHIP: readonly SkillTemplate[] = [
  t("leadership", "foundation", 1, {
    title: "Ask three colleagues how you work with others",
    detail:
      "Ask three people you work or study with, former colleagues included, two questions: what do I do that helps you, and what could I do differently to make our work go better. Thank them without debating the answers. Pick one change and try it for the next two weeks.",
    why: (c) => `${Rated(c)}, and honest feedback from the people around you shows where to start.`,
  }),
  t("leadership", "foundation", 2, {
    title: "Lead a small effort without formal authority",
    detail:
      "Offer to lead a small piece of work that needs people who do not report to you, such as a process fix or a knowledge-sharing session. Agree on the goal and who does what, check in halfway and credit people by name at the end. Write down what helped people follow your lead and what did not.",
    topic: "cross_functional",
    why: (c) =>
      `PMs lead people they do not manage, and doing it once on a small scale takes your ${c.areaWords} from ${c.rating} toward ${c.target}.`,
  }),
  t("leadership", "stretch", 1, {
    title: "Facilitate a retrospective for your team",
    detail:
      "Offer to facilitate the next retrospective or project review of your team, a study group or a volunteer project. Prepare a simple format, make sure quieter people are heard and end with two or three actions that each have an owner. Check on those actions two weeks later.",
    why: (c) => `At ${c.rating} of 5 you collaborate well, and guiding a group to agreed actions takes your ${c.areaWords} ${toward(c)}.`,
  }),
  t("leadership", "stretch", 2, {
    title: "Lead an initiative that spans several teams",
    detail:
      "Take the lead on an initiative that needs at least two other teams or groups, such as a customer-facing improvement or a change to an internal tool. Set a shared goal, agree up front how decisions will be made and keep everyone informed with a short weekly update. Ask the group afterwards what you should do differently next time.",
    topic: "cross_functional",
    why: (c) => `Leading across teams without authority is a daily PM reality, and a real example takes your ${c.areaWords} ${toward(c)}.`,
  }),
];

export const DELIVERY_SKILL_TEMPLATES: readonly SkillTemplate[] = [...TECHNICAL, ...EXECUTION, ...COMMUNICATION, ...LEADERSHIP];

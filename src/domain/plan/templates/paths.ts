/** Path-specific steps: what an internal move, a junior PM role or a startup role each demand. */
import { tenure } from "../context";
import type { GeneralTemplate } from "./types";

const INTERNAL: readonly GeneralTemplate[] = [
  {
    key: "path.internal.achievements",
    category: "path",
    title: "Document your achievements with numbers",
    detail:
      "List the five most valuable things you have done at your company and, for each, the problem, what you did and the result in numbers. Highlight where you worked with customers, data or other teams, since those are product skills. Check the figures against your records now, while they are easy to find.",
    paths: ["internal_move"],
    requires: ["employed"],
    phase: 1,
    priority: 1,
    why: (c) =>
      `With ${tenure(c.input.company.tenureYears)} at your company, your case for an internal move rests on results people can see, so write them down first.`,
  },
  {
    key: "path.internal.ladder",
    category: "path",
    title: "Learn how your company fills PM roles",
    detail:
      "Find out how product roles are filled internally: whether openings are posted, who decides, what the levels are and what the interview involves. Ask HR or a product lead, and read any career framework for product managers. Note what the entry level expects and where you already meet it.",
    paths: ["internal_move"],
    requires: ["employsPMs"],
    phase: 1,
    priority: 1,
    why: () =>
      "An internal move runs through your company's own process, so knowing the levels and the decision-makers tells you exactly what case to build.",
  },
  {
    key: "path.internal.find_product_work",
    category: "path",
    title: "Find who does product work without the title",
    detail:
      "Without dedicated PMs, someone still decides what gets built or changed, often a founder, a head of department or whoever leads the technical work. Find those people and ask how they set priorities and where they feel stretched. Those stretched places are where you can step in.",
    paths: ["internal_move"],
    requires: ["noPMsAtCompany"],
    phase: 1,
    priority: 1,
    why: () =>
      "Your company has no PMs, so an internal move starts with spotting the product decisions already being made and offering to help with them.",
  },
  {
    key: "path.internal.manager_case",
    category: "path",
    title: "Make the case to your manager",
    detail:
      "Book a dedicated conversation with your manager and bring your achievements list, the product skills you have shown and what you are doing about your gaps. Ask for their honest view and for specific support, such as an introduction to whoever sets priorities or room for a product task. Agree on a date to follow up.",
    paths: ["internal_move"],
    requires: ["managerOpen"],
    phase: 2,
    priority: 1,
    why: (c) =>
      c.input.company.managerSupport === "yes"
        ? "You expect your manager's support, and a deliberate conversation turns that goodwill into introductions and time for product work."
        : "You are unsure how your manager will react, so a prepared, evidence-based conversation gives you the best chance of winning them over.",
  },
  {
    key: "path.internal.sponsor",
    category: "path",
    title: "Find a sponsor outside your reporting line",
    detail:
      "Identify a product lead or senior colleague who has seen your work and would speak up for you when a product role opens. Share your goal and your achievements list, and ask what they would need to see from you. Keep them posted every few weeks on what you have done.",
    paths: ["internal_move"],
    requires: ["employsPMs", "managerOpposed"],
    phase: 2,
    priority: 1,
    topic: "sponsor",
    why: () =>
      "You do not expect your manager's support, so someone senior who will vouch for you elsewhere in the company matters all the more.",
  },
  {
    key: "path.internal.sponsor_beyond_manager",
    category: "path",
    title: "Find a sponsor beyond your manager",
    detail:
      "Besides your manager, find one senior person who decides where product work goes, such as a head of product, a general manager or a founder, and who has seen or can see your work. Ask for 20 minutes, share your goal and one result you are proud of, and ask what they would need to see from you. Send them a short note on your progress every month.",
    paths: ["internal_move"],
    requires: ["managerOpen"],
    phase: 2,
    priority: 2,
    topic: "sponsor",
    why: (c) =>
      c.input.company.employsPMs
        ? "Your manager can open doors in your team, but the decision on a product role usually sits with product leadership, so a sponsor there speeds it up."
        : "Without a product team, the person who would create a product role is usually a founder or general manager, so they are the sponsor to win.",
  },
  {
    key: "path.internal.trial_rotation",
    category: "path",
    title: "Propose a trial, rotation or side-of-desk product project",
    detail:
      "Ask your manager and a product lead for one of three arrangements: a trial of a few weeks in the product team, a rotation into it, or a product project you run beside your current job. Put the scope, the hours and how success will be judged on one page. Suggest a review date where the three of you decide what comes next.",
    paths: ["internal_move"],
    requires: ["employsPMs"],
    phase: 2,
    priority: 1,
    topic: "trial_project",
    why: () =>
      "Your company already has a product team, so a time-boxed way into it lets the people deciding on your internal move see you do the job before anyone commits.",
  },
  {
    key: "path.internal.trial_project",
    category: "path",
    title: "Ask for a trial product project",
    detail:
      "Propose a small, time-boxed piece of product work alongside your current role, such as owning the requirements for one feature or running discovery on one problem. Agree on the scope, how success will be judged and who will review it. Deliver it and ask the reviewer for written feedback you can use in your case.",
    paths: ["internal_move"],
    requires: ["employed"],
    phase: 3,
    priority: 1,
    topic: "trial_project",
    why: () =>
      "A trial project lets the people deciding on your internal move watch you do the job, which persuades far better than any pitch.",
  },
  {
    key: "path.internal.decision_point",
    category: "path",
    title: "Agree a decision point for the move",
    detail:
      "Once you have shown your work, ask your manager or whoever owns product decisions what would need to be true for you to move, and by when. Write the answer down and send it back so you both hold the same picture. If the answer is vague, ask for the next concrete step instead.",
    paths: ["internal_move"],
    requires: ["employed"],
    phase: 3,
    priority: 2,
    why: () => "Internal moves can drift for months without a clear next step, so agreeing on one keeps your case moving.",
  },
  {
    key: "path.internal.act_as_pm",
    category: "path",
    title: "Act as the PM where your team has none",
    detail:
      "Offer to take on the product work your team already needs and nobody owns: collect what customers ask for, write down the problem before each piece of work starts, keep a simple priority list and run a short weekly check on what shipped and what it changed. Do it openly, with your manager's agreement, for one or two months. Keep a record, since it becomes the case for making the role official.",
    paths: ["internal_move"],
    requires: ["noPMsAtCompany", "productCompany"],
    phase: 1,
    priority: 1,
    topic: "propose_role",
    why: () =>
      "Your company builds its own product but has no PMs yet, so doing the product work well is how your internal move creates the first PM role, often around the person already doing it.",
  },
  {
    key: "path.internal.propose_role",
    category: "path",
    title: "Propose a product role where none exists",
    detail:
      "Write a one-page proposal showing the problems a product role would solve at your company, the product work you have already done there and how the role would fit with existing teams. Ask for a trial period with clear goals rather than a new title straight away. Present it to the person who owns priorities today.",
    paths: ["internal_move"],
    requires: ["noPMsAtCompany"],
    phase: 3,
    priority: 1,
    topic: "propose_role",
    why: () =>
      "Since your company has no PMs yet, the internal move depends on showing that product work is needed and that you are already doing it.",
  },
];

/** An internal move needs a job; without one, this path means choosing a job you can move across from. */
const INTERNAL_WITHOUT_JOB: readonly GeneralTemplate[] = [
  {
    key: "path.internal.choose_employer",
    category: "path",
    title: "Choose a job you could move into product from",
    detail:
      "An internal move starts from inside a company, so look for roles close to your background at companies that employ PMs and move people across. In interviews, ask how people have moved into product there and how long it took. Favour the offer where you would sit nearest the product team.",
    paths: ["internal_move"],
    requires: ["notEmployed"],
    phase: 1,
    priority: 1,
    why: (c) =>
      `You are not employed right now, so the internal move path starts with joining a company where ${c.bg.a} sits close enough to the product team to move across later.`,
  },
  {
    key: "path.internal.first_months",
    category: "path",
    title: "Plan how you would show product work in a new job",
    detail:
      "Write down the first three product-like things you would offer to do in your first months of a new job, such as sorting customer feedback or owning a small improvement. Note who you would need to meet and which numbers would show the result. Use the list in interviews to show you will be useful beyond the job description.",
    paths: ["internal_move"],
    requires: ["notEmployed"],
    phase: 2,
    priority: 1,
    why: () =>
      "Moving across inside a company depends on being seen doing product work early, so a plan for your first months makes the internal move path concrete before you even start.",
  },
];

const JUNIOR: readonly GeneralTemplate[] = [
  {
    key: "path.junior.fit_industries",
    category: "path",
    title: "Pick industries where your background is an edge",
    detail:
      "List the industries and kinds of product where your experience gives you an inside view, such as tools you have used daily or customers you have served. Choose two or three to focus on. Use them to filter your shortlist of companies so you apply where your background reads as a strength.",
    paths: ["junior_pm"],
    phase: 1,
    priority: 1,
    why: (c) =>
      `Coming from ${c.bg.field} without a product title, you are most convincing at companies whose customers or tools you already understand.`,
  },
  {
    key: "path.junior.apm_programs",
    category: "path",
    title: "Find associate PM programs with real mentorship",
    detail:
      "Look for associate or junior PM programs and roles that offer a named mentor, a structured first year or rotations across teams. Note their application windows, since structured programs often hire once a year. Add the ones that fit to your shortlist.",
    paths: ["junior_pm"],
    requires: ["notSenior"],
    phase: 1,
    priority: 1,
    why: (c) =>
      c.input.wantsMentorship >= 4
        ? "You told us structure and mentoring matter a lot to you, and a program built around them gives you both while you learn the job."
        : "A structured junior role gives you a firm base to grow from, and a program with mentorship shortens the learning curve.",
  },
  {
    key: "path.junior.pm_roles",
    category: "path",
    title: "Aim at PM roles that value your years of experience",
    detail:
      "With your experience, look at product manager roles rather than associate programmes, which are built for people early in their careers. Target teams whose domain you know deeply, where your years count as expertise. Ask in early conversations how the team levels people moving in from another function.",
    paths: ["junior_pm"],
    requires: ["senior", "domainExpertise"],
    phase: 1,
    priority: 1,
    topic: "pm_roles",
    why: (c) =>
      `With ${tenure(c.input.yearsExperience)} of experience and a high readiness, ${c.bg.a} is better served by a PM role that uses that depth than by an entry programme.`,
  },
  {
    key: "path.junior.full_pm_roles",
    category: "path",
    title: "Apply for full PM roles, and know when to fall back to APM",
    detail:
      "Apply for product manager roles, not associate ones: your years and readiness meet what they ask for. Lead each application with the product decisions you have made and their results. If ten tailored applications bring no interviews, or interviews keep ending on missing product experience, add associate PM and product specialist roles to your search and keep going.",
    paths: ["junior_pm"],
    requires: ["senior"],
    phase: 1,
    priority: 1,
    topic: "pm_roles",
    why: (c) =>
      `Your result aims you at PM roles, not APM: with ${tenure(c.input.yearsExperience)} of experience and readiness ${c.result.readiness}, an associate programme would undersell ${c.bg.a}, and a clear fallback keeps the search moving.`,
  },
  {
    key: "path.junior.resume_first",
    category: "path",
    title: "Lead your resume with your most product-like work",
    detail:
      "Reorder your resume so the first lines show work a PM would recognise: decisions you influenced, customer problems you solved, data you used and projects you coordinated. Rewrite each bullet to lead with the result, then how you got it. Cut or shorten anything that does not support a product story.",
    paths: ["junior_pm"],
    phase: 2,
    priority: 1,
    why: (c) =>
      `Hiring managers for junior PM roles skim for product signals, and as ${c.bg.a} yours are easy to bury under the details of your current job.`,
  },
  {
    key: "path.junior.team_questions",
    category: "path",
    title: "Prepare questions that reveal how teams grow junior PMs",
    detail:
      "Write five questions for the end of each interview, such as who you would learn from, how new PMs get feedback and what a good first six months looks like. Listen for concrete answers rather than reassurance. Use what you hear to compare offers on learning, not only on pay.",
    paths: ["junior_pm"],
    phase: 3,
    priority: 2,
    why: () =>
      "A junior role is only worth it if you will actually be taught, and these questions show whether a team can give you that foundation.",
  },
];

const STARTUP: readonly GeneralTemplate[] = [
  {
    key: "path.startup.pitch_domain",
    category: "path",
    title: "Pitch your domain to startups in that field",
    detail:
      "List ten startups building for the industry you know, using a startup job board or database, and read what each sells and to whom. Write to the founders of the three closest fits with one specific problem their customers have that you understand from the inside, and offer a 20-minute call. Bring a one-page note on that problem and how you would approach it.",
    paths: ["startup"],
    requires: ["domainExpertise"],
    phase: 2,
    priority: 1,
    why: (c) =>
      c.input.openDoors?.startupContact
        ? "Startups building for an industry need someone who knows it from the inside, and you already know someone at a startup: start there, then widen to others in the field."
        : "Startups building for an industry need someone who knows it from the inside, and founders listen to a person who understands their customers better than they do.",
  },
  {
    key: "path.startup.risk_budget",
    category: "path",
    title: "Work out how much risk you can afford",
    detail:
      "Work out how many months of expenses you could cover if a startup role ended suddenly, and the minimum salary you need. Decide whether equity matters to you and how much salary you would trade for it. Write these limits down before you start talking to companies.",
    paths: ["startup"],
    requires: ["cautiousWithRisk"],
    phase: 1,
    priority: 1,
    why: (c) =>
      `You rated your comfort with uncertainty ${c.input.riskTolerance} of 5, so setting your limits now keeps a startup move from becoming a risk you cannot carry.`,
  },
  {
    key: "path.startup.ambiguous_problem",
    category: "path",
    title: "Take on one messy, unowned problem",
    detail:
      "Find a problem nobody owns, at work, in a volunteer group or in your own business, such as a confusing process, a recurring customer complaint or a missing report, and volunteer to sort it out. Define the problem yourself, propose a fix and see it through. Note how you decided what to do without clear instructions.",
    paths: ["startup"],
    phase: 1,
    priority: 1,
    why: () =>
      "Startups need people who get going without a clear brief, and a recent example of taking on ambiguity is exactly what founders will ask about.",
  },
  {
    key: "path.startup.range",
    category: "path",
    title: "Show your range on one page",
    detail:
      "Write a short page listing times you stepped outside your role: something you built, sold, analysed, designed or organised. For each, give the situation and the result in a sentence or two. Use it as the backbone of your resume and of your introductions to startups.",
    paths: ["startup"],
    phase: 2,
    priority: 1,
    why: (c) =>
      `Startups value breadth over depth, and ${c.bg.a} who can show range across several kinds of work stands out from specialists.`,
  },
  {
    key: "path.startup.founders",
    category: "path",
    title: "Talk to three founders about their product problems",
    detail:
      "Reach out to founders of early-stage companies in a space you know and ask for 20 minutes on how they decide what to build. Listen for where they are stretched, and offer one honest observation from your own background. Follow up with something useful, such as an introduction or a quick analysis.",
    paths: ["startup"],
    phase: 2,
    priority: 1,
    why: () =>
      "At a startup you would likely work directly with the founders, and hearing how they think helps you judge fit and can lead to roles that are never posted.",
  },
  {
    key: "path.startup.runway",
    category: "path",
    title: "Learn to judge a startup's runway and risk",
    detail:
      "Prepare the questions to ask before accepting any startup role: how much runway they have, when they last raised money, how they make or plan to make money and what happens if the next round is late. Practise asking them politely, since good founders expect them. Decide in advance which answers would make you walk away.",
    paths: ["startup"],
    phase: 3,
    priority: 1,
    why: (c) =>
      c.input.riskTolerance <= 2
        ? "You told us you prefer stability, so knowing how to check a startup's finances protects you from a move that fails for reasons outside your control."
        : "A startup's success is never guaranteed, so even with your appetite for risk, reading a company's runway helps you choose well.",
  },
];

export const PATH_TEMPLATES: readonly GeneralTemplate[] = [...INTERNAL, ...INTERNAL_WITHOUT_JOB, ...JUNIOR, ...STARTUP];

/**
 * Advice per background and skill area: how someone from that background can build — and show — a
 * skill they usually lack. Every area where a background's default rating sits below the entry-level
 * target has an entry (a content test checks this); other areas fall back to the area's general advice
 * (`SKILL_MODEL[area].howToGrow`) via `adviceFor`.
 */
import type { Background, SkillArea } from "./schemas";

export type AreaAdvice = Partial<Readonly<Record<SkillArea, string>>>;

export const BACKGROUND_ADVICE: Readonly<Record<Background, AreaAdvice>> = {
  software_engineer: {
    strategy:
      "Before your team starts a feature, write three lines: who it's for, what problem it solves and what result should change. Compare notes with your PM — it's the quickest way to learn how direction is set.",
    customer_insight:
      "Ask to sit in on user interviews or support calls, and offer to fix a bug customers keep reporting, then talk to one of them about it. Being able to retell a customer's problem in their own words is the proof PM interviewers look for.",
    communication:
      "Volunteer to demo your team's work to people outside engineering and write release notes in customer language. Explaining a technical trade-off to a non-technical audience is exactly what a PM does every week.",
    leadership:
      "Lead a piece of work that needs design, support or marketing as well as engineering — a migration with customer impact, a launch, an incident follow-up — and keep everyone aligned without being their manager.",
    business:
      "Find out how your company makes money: ask someone in finance or sales for the few numbers that matter, then estimate what a feature you built is worth to the business.",
  },
  designer: {
    strategy:
      "When you present a design, open with the business goal and the metric it should move, not the screens. Practise arguing why this problem deserves attention before others.",
    data: "Pair your research with numbers: learn your product's analytics tool, check how a design you shipped changed behaviour, and combine what users say with what they do.",
    technical:
      "Spend time with engineers on how your designs get built: what makes a screen expensive, what the API can and can't provide. Knowing why one option costs a week and another a month makes your trade-offs credible.",
    business:
      "Learn the business model behind your product — pricing, acquisition, retention — and practise explaining how a design change would affect one of those numbers.",
  },
  data_analyst: {
    strategy:
      "Turn an analysis into a recommendation: not just 'users drop off here' but 'we should build this next, and not that', with the reasoning. That jump from finding to direction is the core of the PM role.",
    customer_insight:
      "Numbers tell you what users do; conversations tell you why. Join a few user interviews or support calls and use what you hear to explain a pattern you found in the data.",
    execution:
      "Take a finding through to delivery: write the problem up for the team, help size it, agree the success measure and follow it until it ships and you can report the result.",
    leadership:
      "Run an analysis that needs input from several teams — product, marketing, engineering — and organise the work yourself: agree the question, gather the people, present the outcome.",
  },
  marketing: {
    strategy:
      "Connect positioning to the roadmap: for the next launch, write down which customer problem it solves and why now, and discuss it with the PM before it's built, not after.",
    technical:
      "Get close to the engineers: ask one to walk you through how a feature you market is built, learn the basic vocabulary (API, database, release), and try a beginner coding or no-code course so you can discuss effort and feasibility with confidence.",
    execution:
      "Ask to join the product team's planning and sprint reviews for a launch you're marketing. See how work is broken down and prioritised, and take ownership of one small piece of it.",
    leadership:
      "Coordinate a launch end to end across product, engineering, sales and support, keeping the shared goal and dates on track without formal authority over anyone involved.",
  },
  sales: {
    strategy:
      "Look beyond single deals: summarise what you've heard across many customers into the three problems most worth solving, and share it with the product team as a proposal.",
    data: "Learn your CRM and product analytics beyond the pipeline: which customers churn, which features the successful ones use. Back your product feedback with numbers, not only anecdotes.",
    technical:
      "Sit with a sales engineer or solutions engineer on technical calls, learn how the product integrates with customers' systems, and take a beginner course so you can discuss effort and feasibility with engineers.",
    execution:
      "Offer to help the product team with one piece of a release — gathering requirements from customers or running a beta — and follow it all the way to launch.",
    leadership:
      "Lead a cross-team effort such as a pilot with a key customer that needs product, engineering and support together, and keep it moving without being anyone's manager.",
  },
  customer_success: {
    strategy:
      "Turn recurring complaints into a case: which problem affects the most customers, what it costs in churn or support time, and what should be built first to fix it.",
    data: "Quantify what you see: tag support tickets by problem, count them over time, and link them to churn or renewal numbers. A number attached to a pain point gets attention from product teams.",
    technical:
      "Learn how the product works under the hood — ask engineers to explain the causes of the issues you escalate — so you can tell a bug from a design limit and discuss fixes with engineers.",
    execution:
      "Volunteer to run a beta or early-access programme for a new feature: recruit customers, collect feedback, and help the team decide what to change before launch.",
    leadership:
      "Lead an initiative that spans teams, such as reducing a top support issue with engineering and documentation, and keep it on track to a measurable result.",
    business:
      "Learn what each customer segment is worth and what it costs to serve; connect retention and expansion numbers to the product problems you see every day.",
  },
  consultant: {
    customer_insight:
      "Client stakeholders are not end users. Practise talking to the people who actually use a product — interviews, usability sessions — and build insights from them, not only from executives.",
    technical:
      "Get hands-on with how software is built: shadow an engineering team on a client project, learn the vocabulary, and build something small yourself so you can judge effort and feasibility.",
    execution:
      "Find a project where you stayed through delivery, not just the recommendation, or create one: own a small product or internal tool from problem to launch and report the result.",
  },
  project_manager: {
    strategy:
      "For the next project you run, write down why it matters — which customer problem, which business goal — and question it with the sponsor. PMs are hired for the 'why', not only the 'when'.",
    customer_insight:
      "Join user interviews or customer calls for the work you coordinate, and bring what you hear into planning. Being able to speak for the user is what separates a product manager from a project manager.",
    data: "Define the success measure for a project before it ships and check it afterwards. Learn the product's analytics so you can report outcomes, not only on-time delivery.",
    business:
      "Learn how the projects you run affect revenue and cost: ask for the business case behind them and practise writing one yourself for the next project.",
  },
  business_analyst: {
    strategy:
      "Add a recommendation to your requirements: which option you'd build, what you'd leave out, and why it serves the product's goals. Owning that judgement is the step from analyst to PM.",
    customer_insight:
      "Stakeholders tell you what they want; users show you what they need. Go beyond stakeholder interviews: watch end users work and run a few usability sessions on what you specify.",
    leadership:
      "Lead a cross-functional piece of work — a process change or a small release — bringing engineering, operations and the business together and driving it to a decision and delivery.",
  },
  qa_engineer: {
    strategy:
      "When you test a feature, ask what problem it solves and for whom. Write down whether you think it will work for users and why, and discuss it with the PM — that's product judgement in practice.",
    customer_insight:
      "Read support tickets and join customer calls to learn which defects users actually notice. Prioritising bugs by their impact on users shows you can think like a PM.",
    data: "Use data in your work: track defect trends, measure which bugs affect most users, and learn the product's analytics so you can show impact with numbers.",
    communication:
      "Practise explaining quality risks to people outside engineering — in release notes, go/no-go meetings and written summaries — and adapt the message to each audience.",
    leadership:
      "Lead a cross-team effort such as a release readiness process or a quality initiative that needs product, engineering and support to work together.",
    business:
      "Learn how your company makes money and what a defect costs it — lost customers, support time, refunds. Framing quality in business terms is a PM's habit.",
  },
  operations: {
    strategy:
      "Treat a process you own as a product: who uses it, what problem it solves, what the better version looks like in a year. Write that vision down and get feedback on it.",
    customer_insight:
      "Talk to the people who use the processes or tools you run, internal or external, and watch them work. Turn what you learn into problem statements before jumping to fixes.",
    technical:
      "Work with engineers on automating a process you run: learn how the systems fit together, what an API does, and what makes a change cheap or expensive to build.",
  },
  founder: {
    data: "Get rigorous with data: define the metrics that matter for a product, learn an analytics tool or basic SQL, and practise showing a decision driven by numbers rather than instinct.",
    execution:
      "In a larger company, execution means working within planning cycles and shared roadmaps. Learn how established product teams prioritise and show you can deliver inside that rhythm.",
    communication:
      "As a founder you often had the final say. Practise getting agreement from peers and leaders you can't overrule — written proposals, stakeholder updates, negotiating trade-offs.",
  },
  // "other" has no tailored entries: adviceFor falls back to each area's general advice.
  engineering_manager: {
    customer_insight:
      "Join customer calls and user interviews with your team's PM, and bring one customer problem to your next planning session in the customer's own words.",
    business:
      "Learn the numbers behind your team's work — revenue, cost, retention — and practise explaining what a project is worth to the business, not only what it costs.",
  },
  support_engineer: {
    strategy:
      "Pick the product area you know best and write a one-page view of where it should go next and why, using what your tickets tell you. Ask a PM to critique it.",
    data: "Learn your ticketing and product analytics tools well enough to count things yourself: how often an issue occurs, for whom, and what it costs the company.",
    execution:
      "Take one recurring problem from ticket to fix: write it up, help the team size it, agree how you'll know it worked, and report back after release.",
    leadership:
      "Lead an effort that needs engineering, support and documentation together — a fix for a top issue, a runbook, a known-issues page — and keep everyone moving.",
    business: "Find out what support costs and what churn costs, and put those numbers next to the issues you escalate.",
  },
  solutions_engineer: {
    data: "Track the requests you hear across deals — how many, from which customers, worth how much — and bring the pattern to the product team with numbers.",
    execution:
      "Take a customer need past the deal: help write it up for the team, agree the smallest useful version, and follow it until it ships.",
    leadership:
      "Organise a working group of sales, support and engineering around one recurring customer problem, and keep it moving without being anyone's manager.",
  },
  teacher: {
    data: "Use the numbers you already have — assessment results, attendance, course feedback — to decide what to change, then measure whether it worked. Describe it as an experiment.",
    technical:
      "Learn how software is built: take a short introductory course on the web and how apps work, and ask an engineer to walk you through a product you use in class.",
    business:
      "Learn how education-technology companies make money — who pays, who uses, who decides — and practise explaining a product idea in those terms.",
  },
  technical_writer: {
    strategy:
      "Write a one-page view of where the product area you document should go next and why, using what readers struggle with. Ask a PM to critique it.",
    data: "Learn what your documentation analytics and support data say — which pages are read, which searches fail — and use the numbers to argue for a product change.",
    execution:
      "Take one confusing part of the product from 'hard to document' to 'fixed': write it up as a problem, agree the change with the team and follow it to release.",
    leadership:
      "Lead a cross-team effort such as a launch's documentation, onboarding flow or release notes, coordinating engineering, support and marketing.",
    business:
      "Learn how your product makes money and what confusion costs — support tickets, lost trials — and put those numbers behind your suggestions.",
  },
  researcher: {
    execution:
      "Practise shipping: pick a small question, decide with the evidence you have in a fixed time, deliver something and measure the result.",
    leadership:
      "Lead a piece of work with people outside your field — engineers, designers, people who'll use the result — and keep it moving without formal authority.",
    business:
      "Learn the business model of a company you'd like to work for, and practise explaining what your findings would be worth in revenue, cost or retention.",
  },
  other: {},
};

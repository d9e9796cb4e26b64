/**
 * The job-description lexicon: phrases that map a requirement line to the PM skill areas it asks for
 * (src/domain/assessment/skills.ts), with a weight each. Content, reviewed like code: every phrase carries an
 * `example` sentence that tests/unit/job-description/lexicon.test.ts matches against it, so a phrase that no
 * longer matches its own example fails the suite. Bump LEXICON_VERSION whenever a phrase, weight or area
 * changes: analyses stored or shown elsewhere say which lexicon read them (docs/decisions/0024-job-description-lexicon-and-bullets.md).
 *
 * Pattern syntax, kept deliberately small: lower-case words; a space matches any run of spaces, hyphens or
 * slashes; a trailing `*` on a word matches any word ending ("roadmap*" matches roadmaps and roadmapping).
 * Matching is case-insensitive and word-bounded.
 */
import type { SkillArea } from "../assessment/schemas";

export const LEXICON_VERSION = 1;

export interface LexiconPhrase {
  /** Stable, never reused: the screen and stored snapshots name the phrase that matched. */
  id: string;
  pattern: string;
  area: SkillArea;
  /** How strongly the phrase signals the area: 1 = a clear ask, 0.5 = a hint. */
  weight: number;
  /** When set, the term is worth mirroring in a resume; phrases sharing a keyword are its synonyms. */
  keyword?: string;
  /** A sentence written as a posting would, which the phrase must match (the phrase's test). */
  example: string;
}

const p = (id: string, area: SkillArea, pattern: string, weight: number, example: string, keyword?: string): LexiconPhrase =>
  keyword ? { id, pattern, area, weight, keyword, example } : { id, pattern, area, weight, example };

export const LEXICON: readonly LexiconPhrase[] = [
  // Product strategy & vision
  p("strategy.product-strategy", "strategy", "product strateg*", 1, "Shape the product strategy for payments."),
  p("strategy.vision", "strategy", "vision", 1, "Define a clear vision for the onboarding experience."),
  p("strategy.roadmap", "strategy", "roadmap*", 1, "Own and communicate the quarterly roadmap.", "Roadmaps"),
  p("strategy.competitive", "strategy", "competit*", 0.75, "Keep an eye on the competitive landscape."),
  p("strategy.market-research", "strategy", "market research", 0.75, "Run market research on new segments."),
  p("strategy.market-analysis", "strategy", "market analys*", 0.75, "Analysis of the market and of competitors."),
  p("strategy.market-analysis-of", "strategy", "analysis of the market", 0.75, "Analysis of the market and of competitors."),
  p("strategy.market-trends", "strategy", "market trend*", 0.75, "Follow market trends in logistics."),
  p("strategy.okr", "strategy", "okr*", 0.75, "Set quarterly OKRs with the team.", "OKRs"),
  p("strategy.product-goals", "strategy", "product goal*", 0.75, "Define product goals for the squad."),
  p("strategy.product-direction", "strategy", "product direction", 1, "Influence product direction across teams."),
  p("strategy.zero-to-one", "strategy", "0 to 1", 0.75, "Experience taking products from 0 to 1."),
  p("strategy.product-lifecycle", "strategy", "product lifecycle", 0.5, "Manage the full product lifecycle."),
  p("strategy.opportunit", "strategy", "identify opportunit*", 0.75, "Identify opportunities for new features."),
  p("strategy.long-term", "strategy", "long term", 0.5, "Balance long-term bets with quick wins."),
  p("strategy.product-market-fit", "strategy", "product market fit", 1, "Find product-market fit for a new line."),
  p("strategy.strategic-thinking", "strategy", "strategic thinking", 0.75, "Strong strategic thinking and judgement."),
  p("strategy.portfolio", "strategy", "product portfolio", 0.75, "Own a product portfolio of three apps."),

  // Customer insight & user research
  p("customer.user-research", "customer_insight", "user research", 1, "Plan and run user research.", "User research"),
  p("customer.customer-research", "customer_insight", "customer research", 1, "Lead customer research sessions.", "User research"),
  p("customer.user-interview", "customer_insight", "user interview*", 1, "Conduct user interviews every week.", "User interviews"),
  p("customer.customer-interview", "customer_insight", "customer interview*", 1, "Run customer interviews.", "User interviews"),
  p("customer.discovery", "customer_insight", "discovery", 1, "Drive continuous discovery with design.", "Product discovery"),
  p("customer.usability", "customer_insight", "usability", 0.75, "Run usability tests on prototypes.", "Usability testing"),
  p("customer.user-needs", "customer_insight", "user needs", 1, "Translate user needs into requirements."),
  p("customer.customer-needs", "customer_insight", "customer needs", 1, "Deep understanding of customer needs."),
  p("customer.pain-points", "customer_insight", "pain point*", 1, "Identify customer pain points."),
  p("customer.customer-feedback", "customer_insight", "customer feedback", 1, "Gather customer feedback from many channels."),
  p("customer.user-feedback", "customer_insight", "user feedback", 1, "Turn user feedback into improvements."),
  p("customer.feedback", "customer_insight", "feedback", 0.5, "Collect feedback from hospitals and care homes."),
  p("customer.empathy", "customer_insight", "empath*", 0.75, "You are empathetic towards users."),
  p("customer.voice-of-customer", "customer_insight", "voice of the customer", 1, "Be the voice of the customer."),
  p("customer.ux", "customer_insight", "ux", 0.5, "Work closely with UX designers."),
  p("customer.user-experience", "customer_insight", "user experience", 0.75, "Care about the user experience."),
  p("customer.customer-centric", "customer_insight", "customer centric", 0.75, "A customer-centric mindset."),
  p("customer.user-centric", "customer_insight", "user centric", 0.75, "A user-centric approach."),
  p("customer.personas", "customer_insight", "persona*", 0.75, "Build and maintain personas."),
  p("customer.jobs-to-be-done", "customer_insight", "jobs to be done", 1, "Familiar with jobs to be done.", "Jobs to be done"),
  p("customer.surveys", "customer_insight", "survey*", 0.5, "Design surveys for users."),
  p("customer.user-journey", "customer_insight", "user journey*", 0.75, "Map user journeys end to end."),
  p("customer.customer-journey", "customer_insight", "customer journey*", 0.75, "Improve the customer journey."),
  p("customer.prototype", "customer_insight", "prototyp*", 0.5, "Validate ideas with prototypes."),
  p("customer.talk-to-customers", "customer_insight", "talk* to customers", 1, "You love talking to customers."),

  // Data & analytics
  p("data.sql", "data", "sql", 1, "Comfortable writing SQL queries.", "SQL"),
  p("data.ab-test", "data", "a b test*", 1, "Design and read A/B tests.", "A/B testing"),
  p("data.experiment", "data", "experiment*", 1, "Run experiments to validate ideas.", "A/B testing"),
  p("data.split-test", "data", "split test*", 1, "Set up split testing on the pricing page.", "A/B testing"),
  p("data.analytics", "data", "analytic*", 1, "Strong analytical skills.", "Product analytics"),
  p("data.data-driven", "data", "data driven", 1, "A data-driven decision maker."),
  p("data.metrics", "data", "metric*", 1, "Define success metrics for every launch.", "Metrics"),
  p("data.kpi", "data", "kpi*", 1, "Track KPIs and report them.", "KPIs"),
  p("data.dashboards", "data", "dashboard*", 0.75, "Build dashboards for the team."),
  p("data.funnel", "data", "funnel*", 0.75, "Analyse the signup funnel."),
  p("data.cohort", "data", "cohort*", 0.75, "Run cohort analysis on retention."),
  p("data.amplitude", "data", "amplitude", 1, "Experience with Amplitude.", "Amplitude"),
  p("data.mixpanel", "data", "mixpanel", 1, "Experience with Mixpanel.", "Mixpanel"),
  p("data.google-analytics", "data", "google analytics", 1, "Working with Google Analytics.", "Google Analytics"),
  p("data.tableau", "data", "tableau", 1, "Dashboards in Tableau.", "Tableau"),
  p("data.looker", "data", "looker", 1, "Reports in Looker.", "Looker"),
  p("data.power-bi", "data", "power bi", 1, "Reporting with Power BI.", "Power BI"),
  p("data.excel", "data", "excel", 0.5, "Advanced Excel skills.", "Excel"),
  p("data.data-analysis", "data", "data analysis", 1, "Hands-on data analysis."),
  p("data.quantitative", "data", "quantitative", 1, "Strong quantitative skills."),
  p("data.insights", "data", "data insight*", 0.75, "Turn data insights into action."),
  p("data.hypothes", "data", "hypothes*", 0.75, "Form and test a hypothesis."),
  p("data.statistic", "data", "statistic*", 0.75, "Basic statistics knowledge."),
  p("data.bi-tools", "data", "bi tool*", 0.75, "Use BI tools daily.", "BI tools"),
  p("data.conversion", "data", "conversion*", 0.5, "Improve conversion rates."),

  // Technical fluency
  p("technical.api", "technical", "api", 1, "Design a public API.", "APIs"),
  p("technical.apis", "technical", "apis", 1, "Work with REST APIs.", "APIs"),
  p("technical.technical-background", "technical", "technical background", 1, "A technical background is required."),
  p("technical.engineering", "technical", "engineer*", 0.25, "Partner with engineering every day."),
  p("technical.architecture", "technical", "architecture", 1, "Understand system architecture."),
  p("technical.software-development", "technical", "software development", 0.75, "Understand the software development lifecycle."),
  p("technical.sdlc", "technical", "sdlc", 0.75, "Familiar with the SDLC."),
  p("technical.computer-science", "technical", "computer science", 0.75, "A degree in computer science."),
  p("technical.cloud", "technical", "cloud", 0.75, "Experience with cloud platforms.", "Cloud"),
  p("technical.aws", "technical", "aws", 1, "Knowledge of AWS.", "AWS"),
  p("technical.integrations", "technical", "integration*", 0.75, "Own partner integrations."),
  p("technical.platform", "technical", "platform*", 0.5, "Build the developer platform."),
  p("technical.technical", "technical", "technical", 0.5, "Able to hold technical conversations."),
  p("technical.coding", "technical", "coding", 0.75, "Some coding experience helps."),
  p("technical.python", "technical", "python", 1, "Scripting in Python.", "Python"),
  p("technical.javascript", "technical", "javascript", 1, "Basic JavaScript.", "JavaScript"),
  p("technical.webhooks", "technical", "webhook*", 1, "Design webhooks for partners.", "APIs"),
  p("technical.sdk", "technical", "sdk*", 1, "Ship SDKs for mobile.", "SDKs"),
  p("technical.developer", "technical", "developer*", 0.5, "Build tools for developers."),
  p("technical.system-design", "technical", "system design", 1, "Comfortable with system design."),
  p("technical.machine-learning", "technical", "machine learning", 1, "Products built on machine learning.", "Machine learning"),
  p("technical.ai", "technical", "ai", 0.75, "Products using AI.", "AI"),
  p("technical.llm", "technical", "llm*", 1, "Features powered by LLMs.", "AI"),
  p("technical.data-pipeline", "technical", "data pipeline*", 1, "Understand data pipelines."),
  p("technical.security", "technical", "security", 0.5, "Awareness of security and privacy."),
  p("technical.trade-offs", "technical", "technical trade off*", 1, "Weigh technical trade-offs with engineers."),
  p("technical.devops", "technical", "ci cd", 0.75, "Understand CI/CD pipelines."),
  p("technical.saas-tech", "technical", "microservice*", 1, "Work across microservices."),
  p("technical.mobile", "technical", "mobile app*", 0.5, "Ship mobile apps.", "Mobile apps"),

  // Execution & prioritisation
  p("execution.prioritis", "execution", "prioriti*", 1, "Prioritise the backlog ruthlessly.", "Prioritisation"),
  p("execution.backlog", "execution", "backlog*", 1, "Own and groom the product backlog.", "Backlog management"),
  p("execution.agile", "execution", "agile", 1, "Experience in an agile team.", "Agile"),
  p("execution.scrum", "execution", "scrum", 1, "Work in Scrum with two-week sprints.", "Scrum"),
  p("execution.kanban", "execution", "kanban", 0.75, "Comfortable with Kanban.", "Kanban"),
  p("execution.sprint", "execution", "sprint*", 0.75, "Plan sprints with the team."),
  p("execution.user-stories", "execution", "user stor*", 1, "Write clear user stories.", "User stories"),
  p("execution.acceptance-criteria", "execution", "acceptance criteria", 1, "Define acceptance criteria.", "User stories"),
  p("execution.requirements", "execution", "requirement*", 0.75, "Write product requirements.", "Requirements"),
  p("execution.prd", "execution", "prd*", 1, "Write PRDs for new features.", "PRDs"),
  p("execution.specs", "execution", "specs", 0.75, "Write specs engineers love."),
  p("execution.specification", "execution", "specification*", 0.75, "Write functional specifications."),
  p("execution.jira", "execution", "jira", 1, "Daily use of Jira.", "Jira"),
  p("execution.confluence", "execution", "confluence", 0.5, "Document in Confluence.", "Confluence"),
  p("execution.deliver", "execution", "deliver*", 0.75, "Deliver features on time."),
  p("execution.ship", "execution", "ship*", 0.75, "You ship often."),
  p("execution.launch", "execution", "launch*", 0.75, "Lead product launches.", "Launches"),
  p("execution.release", "execution", "release*", 0.75, "Plan releases with QA."),
  p("execution.end-to-end", "execution", "end to end", 0.75, "Own features end to end."),
  p("execution.execution", "execution", "execution", 1, "Strong execution skills."),
  p("execution.deadlines", "execution", "deadline*", 0.75, "Work to deadlines."),
  p("execution.trade-offs", "execution", "trade off*", 0.75, "Make trade-offs under constraints."),
  p("execution.attention-to-detail", "execution", "attention to detail", 0.75, "High attention to detail."),
  p("execution.uat", "execution", "uat", 0.75, "Coordinate UAT with users.", "UAT"),
  p("execution.rice", "execution", "rice", 0.75, "Use RICE to rank ideas."),
  p("execution.fast-paced", "execution", "fast paced", 0.5, "Thrive in a fast-paced environment."),
  p("execution.ambiguity", "execution", "ambigu*", 0.5, "Comfortable with ambiguity."),

  // Communication & stakeholder management
  p("communication.stakeholder", "communication", "stakeholder*", 1, "Manage stakeholders at every level.", "Stakeholder management"),
  p("communication.communication", "communication", "communicat*", 1, "Excellent communication skills."),
  p("communication.written", "communication", "written", 0.75, "Clear written English."),
  p("communication.verbal", "communication", "verbal", 0.75, "Strong verbal skills."),
  p("communication.present", "communication", "present*", 0.75, "Present to leadership."),
  p("communication.storytelling", "communication", "storytelling", 0.75, "Storytelling with data."),
  p("communication.alignment", "communication", "align*", 0.75, "Align teams around goals."),
  p("communication.influence", "communication", "influenc*", 1, "Influence without authority."),
  p("communication.executives", "communication", "executive*", 0.75, "Report to executives."),
  p("communication.documentation", "communication", "documentation", 0.5, "Keep documentation current."),
  p("communication.negotiat", "communication", "negotiat*", 0.75, "Negotiate scope with partners."),
  p("communication.interpersonal", "communication", "interpersonal", 1, "Great interpersonal skills."),
  p("communication.liaison", "communication", "liaison", 1, "Act as liaison between business and tech."),
  p("communication.fluent", "communication", "fluent", 0.5, "Fluent English."),
  p("communication.demo", "communication", "demo*", 0.5, "Run product demos."),
  p("communication.articulate", "communication", "articulat*", 0.75, "Able to articulate complex ideas."),

  // Leadership & collaboration
  p("leadership.cross-functional", "leadership", "cross functional*", 1, "Lead cross-functional teams.", "Cross-functional leadership"),
  p("leadership.collaborat", "leadership", "collaborat*", 0.75, "Collaborate closely with design."),
  p("leadership.lead", "leadership", "lead*", 0.5, "Lead a squad of engineers."),
  p("leadership.mentor", "leadership", "mentor*", 1, "Mentor junior PMs."),
  p("leadership.coach", "leadership", "coach*", 1, "Coach other product managers."),
  p("leadership.team-player", "leadership", "team player", 0.75, "A team player."),
  p("leadership.ownership", "leadership", "ownership", 0.75, "A strong sense of ownership."),
  p("leadership.inspire", "leadership", "inspir*", 0.75, "Inspire the team."),
  p("leadership.manage-pms", "leadership", "manage product managers", 1, "Hire and manage product managers."),
  p("leadership.team-of", "leadership", "team of product managers", 1, "Lead a team of product managers."),
  p("leadership.people-management", "leadership", "people management", 1, "People management experience."),
  p("leadership.teamwork", "leadership", "teamwork", 0.75, "Values teamwork."),
  p("leadership.work-closely", "leadership", "work* closely", 0.5, "Work closely with engineering."),
  p("leadership.partner-with", "leadership", "partner* with", 0.5, "Partner with design and data."),
  p("leadership.self-starter", "leadership", "self starter", 0.5, "A self-starter."),
  p("leadership.initiative", "leadership", "initiative", 0.5, "Take initiative."),

  // Business acumen
  p("business.b2b-saas", "business", "b2b saas", 1, "Experience in B2B SaaS.", "B2B SaaS"),
  p("business.saas", "business", "saas", 0.75, "A SaaS background.", "B2B SaaS"),
  p("business.b2b", "business", "b2b", 0.75, "Selling to B2B customers.", "B2B"),
  p("business.b2c", "business", "b2c", 0.5, "Consumer B2C apps.", "B2C"),
  p("business.business-case", "business", "business case*", 1, "Write business cases."),
  p("business.revenue", "business", "revenue", 1, "Grow revenue.", "Revenue"),
  p("business.pricing", "business", "pricing", 1, "Own pricing and packaging.", "Pricing"),
  p("business.monetis", "business", "monetiz*", 1, "Monetization strategy.", "Monetisation"),
  p("business.monetis-uk", "business", "monetis*", 1, "Monetisation strategy.", "Monetisation"),
  p("business.go-to-market", "business", "go to market", 1, "Plan go-to-market with marketing.", "Go-to-market"),
  p("business.gtm", "business", "gtm", 1, "Partner on GTM.", "Go-to-market"),
  p("business.business-acumen", "business", "business acumen", 1, "Strong business acumen."),
  p("business.commercial", "business", "commercial*", 1, "Commercially minded."),
  p("business.p-and-l", "business", "p&l", 1, "Own the P&L.", "P&L"),
  p("business.roi", "business", "roi", 1, "Judge ROI of features."),
  p("business.business-goals", "business", "business goal*", 0.75, "Tie work to business goals."),
  p("business.business-objectives", "business", "business objective*", 0.75, "Meet business objectives."),
  p("business.business-value", "business", "business value", 0.75, "Maximise business value."),
  p("business.sales", "business", "sales", 0.25, "Work with sales."),
  p("business.marketing", "business", "marketing", 0.25, "Work with marketing."),
  p("business.growth", "business", "growth", 0.75, "Drive growth.", "Growth"),
  p("business.retention", "business", "retention", 0.75, "Improve retention.", "Retention"),
  p("business.churn", "business", "churn", 0.75, "Reduce churn.", "Retention"),
  p("business.unit-economics", "business", "unit economics", 1, "Understand unit economics."),
  p("business.market-sizing", "business", "market siz*", 1, "Do market sizing."),
  p("business.domain", "business", "industry", 0.5, "Knowledge of the insurance industry."),
  p("business.fintech", "business", "fintech", 0.75, "Fintech experience.", "Fintech"),
  p("business.payments", "business", "payment*", 0.5, "Knowledge of payments.", "Payments"),
  p("business.e-commerce", "business", "e commerce", 0.75, "E-commerce background.", "E-commerce"),
  p("business.marketplace", "business", "marketplace*", 0.75, "Two-sided marketplaces.", "Marketplaces"),
  p("business.customers-success", "business", "customer success", 0.5, "Work with customer success."),
];

/**
 * Job descriptions written for the tests, in our own words. Each follows the structure and the mix of
 * requirements of a public posting or role page, cited above it (URL, title, accessed 2026-12-04); none copies
 * its sentences. The expectation beside each is hand-made from reading the text, not from running the analysis:
 * the level, the years asked (and whether product years), and the three areas the posting leans on most.
 */
import type { SkillArea } from "@/domain/assessment/schemas";
import type { JobLevel } from "@/domain/job-description";

export interface JobFixture {
  name: string;
  text: string;
  level: JobLevel;
  years: number | null;
  yearsOf: "product" | "any" | null;
  top3: readonly [SkillArea, SkillArea, SkillArea];
}

export const JOB_FIXTURES: readonly JobFixture[] = [
  // https://www.ideaplan.io/glossary/associate-product-manager — "Associate Product Manager (APM)", glossary of
  // what formal APM programmes look like (rotations, PRDs, mentorship).
  {
    name: "APM rotational programme at a large company",
    text: `Associate Product Manager – Rotational Program (2027 start)

About the program
Over 18 months you rotate through three product teams, consumer and enterprise.

What you'll do
- Write PRDs for small features and see them through launch with your engineering team
- Talk to users and turn what you hear into clear problem statements
- Define success metrics and read the results after each release
- Work closely with design, engineering and data science

What we're looking for
- A bachelor's degree, or equivalent practical experience
- 0-2 years of professional experience
- Strong analytical skills and comfort with data
- Clear written and verbal communication
- Curiosity about how technology products are built; some coding is a plus

Benefits
Competitive salary, mentorship from a senior PM, learning budget.`,
    level: "associate",
    years: 0,
    yearsOf: "any",
    top3: ["data", "execution", "communication"],
  },
  // https://trawle.com/careers/associate-product-manager — "What Is an Associate Product Manager? Role,
  // Responsibilities, and Career Path": APM supports senior PMs, interviews, usage data, specs.
  {
    name: "APM supporting a senior PM at a scale-up",
    text: `Job title: Associate Product Manager

You will support our Senior Product Manager on the checkout experience.

Responsibilities:
• Run user interviews and usability sessions with our research team
• Analyse usage data in Amplitude to see how features perform
• Write user stories and acceptance criteria for the sprint
• Keep the backlog groomed and prioritised with the PM

Requirements:
• 1+ years in a customer-facing, analytical or technical role
• Experience with user research or customer feedback programs
• Comfortable with SQL or willing to learn
• Good communication with stakeholders

Nice to have:
• Experience in e-commerce`,
    level: "associate",
    years: 1,
    yearsOf: "any",
    top3: ["customer_insight", "data", "execution"],
  },
  // https://www.devopsschool.com/blog/associate-product-manager-role-blueprint-responsibilities-skills-kpis-and-career-path/
  // — "Associate Product Manager: Role Blueprint": discovery, delivery hygiene, prioritisation, measured outcomes.
  {
    name: "Junior product manager in a B2B software company",
    text: `<h2>Junior Product Manager (m/f/d)</h2>
<p>Our B2B SaaS platform helps 4,000 workshops run their business.</p>
<h3>Your tasks</h3>
<ul><li>Translate customer needs into requirements and user stories</li>
<li>Prioritise the backlog together with the Product Owner and the dev team</li>
<li>Support sprint planning, reviews and releases</li>
<li>Collect customer feedback from support and sales</li></ul>
<h3>Your profile</h3>
<ul><li>First experience (internship or up to 2 years) in product, project management or consulting</li>
<li>Structured way of working and high attention to detail</li>
<li>Very good German and English</li>
<li>Jira and Confluence are not new for you</li></ul>
<h3>We offer</h3><p>Hybrid work &amp; a modern office.</p>`,
    level: "associate",
    years: 2,
    yearsOf: "product",
    top3: ["execution", "customer_insight", "communication"],
  },
  // https://talentprofile.net/job/product-owner-payments-data-E3JX4UtCB — "Product Owner – Payments Data": backlog,
  // user stories, transactional data, BI tools, stakeholder management, agile; hybrid Munich/Berlin.
  {
    name: "Product owner for payments data (EU posting)",
    text: `Product Owner – Payments Data (Hybrid, Munich / Berlin)

Requirements
- 3+ years of product management experience in data analytics, payments or fintech products
- Proven experience in the payments industry and a solid understanding of payment flows and operational KPIs
- Able to define and manage product backlogs, write clear user stories and prioritise by business impact
- Analytical mindset with hands-on experience with transactional data and metrics
- Experience with BI tools (Grafana, Tableau, Metabase) and dashboards
- Excellent communication and stakeholder management skills
- Familiar with agile methods (Scrum, Kanban)

Benefits
- Learn from fintech experts`,
    level: "pm",
    years: 3,
    yearsOf: "product",
    top3: ["data", "execution", "communication"],
  },
  // https://resources.workable.com/product-owner-job-description — "Product Owner job description": feature
  // requests into the roadmap, backlog grooming, user stories and acceptance criteria, releases and sprints.
  {
    name: "Product owner in a Scrum team",
    text: `Product Owner

We are looking for a Product Owner to organise and prioritise the work of our scrum team.

Responsibilities
1. Turn feature requests into roadmap items and backlog entries
2. Groom and prioritise the backlog every sprint
3. Write user stories with acceptance criteria
4. Plan releases and follow progress with the Scrum Master
5. Analyse what end users prefer and how they use the product

Requirements
1. Hands-on experience as a product owner
2. Experience with Scrum and agile tools such as Jira
3. Good communication with stakeholders and developers
4. Degree in computer science, business or similar`,
    level: "pm",
    years: null,
    yearsOf: null,
    top3: ["execution", "communication", "strategy"],
  },
  // https://jobs.freshtalent.africa/jobs/product-owner-gib-gis-evolve-at-turnkey-africa-kenya-0ba27335 —
  // "Product Owner" at an insurance software company in Kenya: backlog, INVEST stories, ceremonies, releases.
  {
    name: "Product owner for insurance software (non-native wording)",
    text: `Product Owner – Insurance Systems

Role Summary
The PO is owning the product backlog and is making sure development brings maximum value to business and end-users.

Key Responsibilities
Maintain a transparent, prioritized and always refined product backlog.
Collaborate with stakeholders for gathering of requirements, translating into user stories with acceptance criteria.
Participate to backlog refinement and sprint planning for alignment with release goals.
Be actively engaged in agile ceremonies (stand-ups, reviews, retrospectives).
Assist in release planning and make sure release documentation is available for stakeholders.
Understand CI/CD principles for efficient deployment.

Qualifications
Minimum 3 years experience in business analysis or product ownership, insurance industry is an advantage.
Certified Scrum Product Owner is preferred.`,
    level: "pm",
    years: 3,
    yearsOf: "product",
    top3: ["execution", "communication", "technical"],
  },
  // https://eg.talent.com/view?id=811ba4c67fb1 — "Product Owner" in a squad model (vision, MVP scope, release
  // plan, KPIs, squad ceremonies, stakeholder alignment).
  {
    name: "Product owner in a bank's squad model",
    text: `Product Owner (Digital Channels)

Managing the product
- Owns the product vision and the detailed product requirements
- Proposes the scope for MVPs and releases, taking the resource constraints into account
- Is accountable for the sprint demo results

Managing the delivery
- Owns the release plan and the product backlog and keeps it up to date
- Supports the Scrum Master in the squad ceremonies: sprint planning, stand-ups, grooming, reviews
- Manages delivery dependencies with other squads

Tracking progress
- Monitors the product and delivery KPIs that shape the squad's performance

Typical skills
- Excellent interpersonal skills, strong leader and team player
- Great communicator who aligns diverse stakeholders`,
    level: "pm",
    years: null,
    yearsOf: null,
    top3: ["execution", "communication", "strategy"],
  },
  // https://jobdescription.org/jobs/information-technology/technical-product-manager — "Technical Product
  // Manager": roadmap, precise requirements, architecture trade-offs, customer research, 3–8+ years.
  {
    name: "Technical product manager for a platform",
    text: `Technical Product Manager, Developer Platform

What you'll do
- Define and maintain the roadmap for our public APIs and SDKs
- Write precise requirements and acceptance criteria engineers can build from
- Engage with engineering leads on architecture decisions and technical trade-offs
- Talk to developers who integrate with us and learn where they struggle

What you bring
- 4+ years of product management experience on technical products
- A computer science degree or a background as a software engineer
- Working knowledge of REST APIs, webhooks and authentication (OAuth)
- Familiarity with cloud platforms such as AWS

Bonus
- You have shipped an SDK`,
    level: "pm",
    years: 4,
    yearsOf: "product",
    top3: ["technical", "execution", "strategy"],
  },
  // https://www.pnet.co.za/results/full-time/design-development/in-paarl?page=2 — listing of a "Technical Product
  // Manager" for merchant payments: specifications, release sign-off, incident follow-up, REST/webhooks/OAuth.
  {
    name: "Technical product manager for merchant payments",
    text: `TECHNICAL PRODUCT MANAGER – MERCHANT PAYMENTS

The role
You define scope for product development, write specifications, partner with engineering through delivery and sign off releases.

Responsibilities
* Own the product side after incidents: merchant communication input, decline-reason analysis and fixes to prevent recurrence
* Keep specification trails and UAT records for every change that touches security
* Represent the product to merchants and internal stakeholders

Requirements
* 5 years in payments, of which at least 3 years as a product manager
* Technical fluency: RESTful API design, webhook architectures, OAuth and API keys, API versioning
* Strong written communication`,
    level: "pm",
    years: 3,
    yearsOf: "product",
    top3: ["technical", "execution", "communication"],
  },
  // https://www.flexicvapp.com/guides/technical-product-manager — "How to become a Technical Product Manager":
  // API and system-design literacy, spec and RFC review, platform roadmaps, Jira, GitHub.
  {
    name: "Senior technical product manager, data platform",
    text: `Senior Technical Product Manager – Data Platform

In this role you will
→ Own the roadmap for the data platform used by 40 internal teams
→ Review design docs and RFCs with staff engineers
→ Translate technical trade-offs for non-technical stakeholders
→ Sequence the build so the risky parts land early

You have
→ 6+ years in product management, including technical platforms or APIs
→ System design literacy and experience with data pipelines
→ Comfort reading code on GitHub
→ Strong stakeholder management across engineering and business`,
    level: "senior",
    years: 6,
    yearsOf: "product",
    top3: ["technical", "communication", "strategy"],
  },
  // https://launchnotes.com/blog/senior-product-manager-job-description-key-responsibilities-and-skills —
  // "Senior Product Manager Job Description": vision and strategy, market research, prioritising on feedback,
  // leading cross-functional teams.
  {
    name: "Senior product manager, B2B SaaS",
    text: `Senior Product Manager (B2B SaaS)

Responsibilities
• Develop and articulate a clear product vision and strategy for our workflow suite
• Do market research and competitive analysis to find gaps and opportunities
• Prioritise features from customer feedback and business impact
• Lead cross-functional teams from idea to launch
• Present strategy and progress to executive leadership

Qualifications
• 5+ years of product management experience in B2B SaaS
• Proven record of launching products and moving revenue
• Excellent communication and stakeholder management
• MBA preferred`,
    level: "senior",
    years: 5,
    yearsOf: "product",
    top3: ["strategy", "communication", "business"],
  },
  // https://www.crawljobs.com/jobs/product-sr-manager+type-remote — "Product Sr. Manager jobs": business case,
  // market position, roadmap, voice of the customer, KPIs, executive buy-in.
  {
    name: "Product senior manager, remote",
    text: `Sr. Product Manager — Remote (US)

You will own the business case and market position of our scheduling product.

What you'll do:
- Turn market research and competitive analysis into a product vision and a prioritised roadmap
- Be the voice of the customer and bring user feedback and data insights into each decision
- Own the backlog and the launch process
- Track KPIs and use them to decide what comes next
- Secure buy-in from executives and align product goals with business objectives

What you need:
- 7+ years of product management experience
- Bachelor's degree in business, computer science or engineering; MBA a plus`,
    level: "senior",
    years: 7,
    yearsOf: "product",
    top3: ["strategy", "customer_insight", "business"],
  },
  // https://www.torchora.com/job-specification/group-product-manager — "Group Product Manager": manage and coach
  // PMs, portfolio vision, group roadmap, cross-functional leadership alignment.
  {
    name: "Group product manager",
    text: `Group Product Manager, Growth

The role
You lead a team of four product managers and own the strategy for our growth portfolio.

Responsibilities
- Hire, coach and develop product managers; give regular feedback
- Set a multi-year vision and strategy for a group of related products
- Own the group roadmap and balance new bets with technical debt
- Align leadership across product, engineering, design and marketing
- Set OKRs and hold the group to them

Requirements
- 8+ years in product management, with 2+ years managing product managers
- Experience with growth, retention and monetisation
- Outstanding communication and influence`,
    level: "senior",
    years: 8,
    yearsOf: "product",
    top3: ["leadership", "strategy", "business"],
  },
  // https://teako.io/career-paths/product/growth-product/growth-product-manager — "Growth Product Manager":
  // funnel analysis, hypotheses, A/B tests, activation, retention, SQL, dashboards with analysts.
  {
    name: "Growth product manager",
    text: `Growth Product Manager 📈

We're hiring a Growth PM to own activation and retention for our consumer app.

🚀 What you'll do
- Analyse the funnel and find where users drop off
- Write hypotheses and run A/B tests on onboarding, paywalls and pricing pages
- Read experiment results and decide whether to ship, iterate or stop
- Build dashboards with our data analysts so growth metrics are visible

💡 About you
- 3+ years in product management, growth or analytics
- SQL and an analytics tool (Amplitude, Mixpanel) are daily tools for you
- You understand statistics well enough to avoid false wins
- You care about retention and revenue, not vanity numbers

🎁 Perks
Equity, remote budget, 30 days off.`,
    level: "pm",
    years: 3,
    yearsOf: "product",
    top3: ["data", "business", "execution"],
  },
  // https://naildd.com/blog/growth-product-manager-role-guide — "Growth Product Manager: the role": funnel
  // ownership, weekly experiments, partnering with analytics and marketing, small changes behind flags.
  {
    name: "Growth PM in a marketplace (pod model)",
    text: `Product Manager, Growth Pod

Our pod is 1 PM, 2 analysts, 3 engineers and a designer. You will run it.

Your impact
- Own acquisition, activation and retention metrics for the marketplace
- Launch a fresh batch of experiments every week and read them out honestly
- Work with marketing on signup friction, push and email cadence
- Remove the biggest blocker in the funnel first

You are
- Data-driven: comfortable with SQL, cohorts and experiment design
- Two or more years as a product manager, ideally in a marketplace
- A clear communicator who can say no`,
    level: "pm",
    years: 2,
    yearsOf: "product",
    top3: ["data", "business", "execution"],
  },
  // https://myjob.one/jobs/product-manager-9db8 — "Product Manager" for digital wallet and payment products:
  // PRDs, process flows, prototypes in Figma/Axure, competitive analysis, 5+ years with 2 in fintech.
  {
    name: "Product manager for a digital wallet (non-native wording)",
    text: `Product Manager – Digital Wallet & Payment

Job Description
The Product Manager will be responsible for full lifecycle of wallet and payment products. This role is requiring strong analytical skills for translating business requirements to technical specifications.

Key Responsibilities
- Requirement analysis & PRD documentation: functional description, business logic, exception handling, state machines
- Process flow design covering normal flow, exception and edge cases
- Prototyping in Figma/Axure for core user journeys
- Development support: clarification during development, joining requirement and design reviews
- Market research: competitive analysis of global wallet products

Job Requirements
- 5+ years of internet product management experience with minimum 2 years in fintech/payment
- Bachelor degree or above in Computer Science, Finance or related
- Excellent communication to coordinate development teams independently`,
    level: "pm",
    years: 5,
    yearsOf: "product",
    top3: ["execution", "customer_insight", "strategy"],
  },
  // https://jobverse.io/jobs/37245523/junior-product-manager-money-m-at-confidenti-remote — "Junior Product
  // Manager – Money Movement": PRDs and stories for payment flows, bank specs and partner APIs, KPIs, 3–5 years.
  {
    name: "Junior product manager for B2B payments",
    text: `Junior Product Manager - Money Movement (remote)

An early-stage startup working on ERP-native B2B payments.

Responsibilities:
- Write PRDs, user stories & acceptance criteria for payment and FX flows
- Translate bank specs, rail rules and FX partner APIs into product logic
- Coordinate sandbox testing and UAT with banks and partners
- Define KPIs such as success rates, settlement time and return rates
- Support root-cause analysis of failed payments

Requirements:
- 3–5 years of experience in product, fintech, payments, banking or technical product roles
- Comfortable reading and writing API documentation and data schemas
- Strong communication and collaboration skills
- Comfort moving fast and learning on the job`,
    level: "associate",
    years: 3,
    yearsOf: "product",
    top3: ["execution", "technical", "data"],
  },
  // https://jobsearcher.com/jobs/3c845ede39d9bd1b838911610632f8f467a8dee800ecb79f29e53c70c7eb655b — "Product
  // Manager" for wholesale payments: hands-on PM/BA hybrid, PRDs and epics, UAT, two-week sprints, communication.
  {
    name: "Hands-on PM/BA hybrid, wholesale payments",
    text: `Product Manager (Commercial Payments)

1. Role focus
Merchant portals for refunds, reports and transaction analytics; internal operations tools.

2. Experience
4 to 10 years of product management or hybrid BA/PM experience.

3. How you work
Hands-on: you write PRDs, epics and user stories yourself, work directly with developers, run UAT cycles and own delivery in two-week agile sprints.

4. Communication
Excellent communication is mandatory: you coordinate across domains and influence without authority.`,
    level: "pm",
    years: 4,
    yearsOf: "product",
    top3: ["execution", "communication", "data"],
  },
  // https://jobdescription.org/jobs/information-technology/product-support-specialist — "Product Support
  // Specialist": tickets, reproducing defects, escalating bugs, knowledge base, SQL on logs.
  {
    name: "Product specialist (bridge role from support)",
    text: `Product Specialist

You are the expert on our product for customers and for the product team.

What you'll do
- Answer escalated customer questions and reproduce problems in a sandbox
- Spot patterns in tickets and bring customer pain points to the product team
- Write help-center articles and in-app guides
- Run product demos for new customers
- Query our database with SQL to investigate issues

What you need
- 1-3 years in customer support, customer success or a similar customer-facing role
- Clear written communication and patience
- Curiosity about how software works`,
    level: "associate",
    years: 1,
    yearsOf: "any",
    top3: ["customer_insight", "communication", "data"],
  },
  // https://www.devopsschool.com/blog/associate-product-analyst-role-blueprint-responsibilities-skills-kpis-and-career-path
  // — "Associate Product Analyst": metrics definitions, dashboards, funnels, experiment analysis.
  {
    name: "Product analyst (bridge role from data)",
    text: `Product Analyst

Help our product teams decide with evidence.

Responsibilities
- Define product metrics, funnels and cohorts with product managers
- Build dashboards in Looker for activation and retention
- Analyse A/B test results and explain the trade-offs
- Review tracking plans with engineering

Qualifications
- 2+ years of experience in analytics
- Strong SQL; Python is a plus
- Ability to present findings to non-technical stakeholders`,
    level: "associate",
    years: 2,
    yearsOf: "any",
    top3: ["data", "communication", "technical"],
  },
  // https://airfocus.com/blog/how-to-write-product-ops-job-desciption — "How to write a product ops job
  // description": processes, tools, feedback loops, data for the product team.
  {
    name: "Product operations manager",
    text: `Product Operations Manager

The product team is your customer.

What you will do
- Run the product tool stack (Jira, Productboard, Amplitude) and keep it tidy
- Design the roadmap process and the planning calendar
- Turn customer feedback from support and sales into structured insights for PMs
- Own the dashboards that show how product delivery is going
- Facilitate cross-functional rituals such as release reviews

What you bring
- 3+ years of experience in program management, business operations or product
- Excellent communication and stakeholder management`,
    level: "pm",
    years: 3,
    yearsOf: "any",
    top3: ["execution", "communication", "data"],
  },
  // https://www.devopsschool.com/blog/technical-product-manager-role-blueprint-responsibilities-skills-kpis-and-career-path/
  // — used for the programme side: cross-team alignment, delivery predictability, dependencies, reliability.
  {
    name: "Technical program manager",
    text: `Technical Program Manager, Infrastructure

You will drive cross-team programs that ship our new cloud architecture.

Responsibilities:
- Plan and execute programs across six engineering teams, managing dependencies and deadlines
- Track delivery and report status to executives
- Work with architects on migration plans for microservices
- Run risk reviews and keep stakeholders aligned

Minimum qualifications:
- 5+ years of experience in technical program management or software engineering
- Understanding of cloud infrastructure and CI/CD`,
    level: "pm",
    years: 5,
    yearsOf: "any",
    top3: ["technical", "execution", "communication"],
  },
  // https://www.hays.de/en/job-profiles/productmanager — "Product Manager (m/f/d)" job profile for Germany:
  // market analysis, customer needs, product strategy, link between technology, marketing, sales and design.
  {
    name: "Product manager (m/f/d), German mid-size company",
    text: `Product Manager (m/f/d) Smart Home

Your tasks
– Responsibility for the whole life cycle of our app, from the idea to the customer feedback
– Analysis of the market and of the customer needs
– Development of product strategy and roadmap in cooperation with development, marketing and sales
– Coordination of the releases with the development team

Your profile
– Completed studies in business informatics or comparable
– At least 3 years professional experience in product management of digital products
– Good knowledge of agile methods
– Fluent German and good English, strong communication skills

Our offer
– 30 days of holiday, company bike`,
    level: "pm",
    years: 3,
    yearsOf: "product",
    top3: ["strategy", "customer_insight", "execution"],
  },
  // https://volition.work/how-to-become-a-product-manager-in-fintech/ — "How to become a Product Manager in
  // FinTech": domain knowledge, understanding how software ships, communication, working at speed.
  {
    name: "First product manager at a seed-stage startup",
    text: `Founding Product Manager

We are six people, post-seed, building invoicing for freelancers. You will be our first PM.

You'll
- Talk to customers every week and decide what we build next
- Take features from 0 to 1 with our two engineers
- Set up the basics: a roadmap, a way to prioritise, simple product analytics
- Help with pricing and go-to-market

You might be a fit if
- You have 2+ years in a product, founder or startup role
- You are comfortable with ambiguity and a fast-paced environment
- Startup experience is a plus`,
    level: "pm",
    years: 2,
    yearsOf: "product",
    top3: ["customer_insight", "strategy", "business"],
  },
  // https://www.stiegelmeyer-forum.com/en/tag/tag/trainee/blog.tag.xml — trainee programme leading to junior
  // product manager roles in technical product management.
  {
    name: "Trainee programme, technical product management (no years)",
    text: `Trainee Product Management (Medical Technology)

In our 18-month trainee programme you get to know development, sales and service before joining technical product management as a junior product manager.

Your tasks
Support of product managers in market analysis and competitor research.
Preparation of requirement specifications together with engineering.
Collection of feedback from hospitals and care homes.

Your profile
Completed degree in engineering or business administration.
First practical experience through internships.
Good communication skills in German and English.`,
    level: "associate",
    years: null,
    yearsOf: null,
    top3: ["strategy", "execution", "customer_insight"],
  },
];

// Real, public, documented moves into product management, each read from the story it cites (see the
// header comment of each row). Inputs use assessment contract v3 (company.kind, openDoors,
// evidence.domainExpertise). `guesses` lists the input fields the story does not state, set conservatively.
//
// Counts (45 rows). Per path: internal_move 29, junior_pm 8, startup 8.
// Per level taken: associate 10, pm 35. Worked: 43 yes, 2 no.
// Per background (16): business_analyst 2, consultant 1, customer_success 2, data_analyst 2, designer 4,
// engineering_manager 1, founder 3, marketing 2, other 5, project_manager 3, qa_engineer 3, researcher 4, sales 3,
// software_engineer 7, support_engineer 2, technical_writer 1.
// Bridge roles taken (6): product_specialist 1, technical_product_owner 4, technical_program_manager 1.
// Employment at the moment of the decision: between_jobs 3, employed 37, self_employed 2, student 3.
// Sources were found with the search tool (pages corpus) and read only as far as the stored excerpt goes; where an
// outcome or a path is inferred rather than stated, the row's `readings` says so.
import type { RawAssessmentInput } from "@/domain/assessment";

export type BridgeRoleTaken =
  "product_specialist" | "product_analyst" | "technical_product_owner" | "technical_program_manager" | "product_ops";

export interface RealMove {
  id: string; // kebab-case, unique
  source: { url: string; title: string };
  /** Two lines in our own words. */
  summary: string;
  /** How the inputs were read from the story. */
  readings: string;
  /** Input fields that are guesses (e.g. "skills", "riskTolerance", "company.managerSupport"). */
  guesses: string[];
  input: RawAssessmentInput;
  /** What the person did. */
  took: { path: "internal_move" | "junior_pm" | "startup"; level: "associate" | "pm"; bridgeRole?: BridgeRoleTaken };
  /** Whether it worked (they got and kept the product role), as the story tells it. */
  worked: boolean;
}

export const REAL_MOVES: readonly RealMove[] = [
  {
    // project_manager -> internal_move (pm); worked: true
    id: "kevin-gu-tpm-acting-pm-internal",
    source: {
      url: "https://platohq.com/articles/taking-the-initiative-to-transition-from-engineering-to-product",
      title: "Taking the Initiative to Transition from Engineering to Product",
    },
    summary:
      "A technical program manager in an engineering org wanted to cross into product, against a local belief that TPMs are" +
      " too technical for it. He won a VP of product as sponsor, acted as PM on a small project for two months, then passed" +
      " a full interview loop.",
    readings:
      "TPM under engineering at a company with a product org he could reach (employsPMs, worksWithPMs); running programs " +
      "across teams is led cross-functional work. His sponsor was the VP of product, not his manager, so managerSupport is " +
      "unsure. He chose an internal transfer over an external search, read as low risk appetite. Years, tenure and size are" +
      " not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "project_manager",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 4,
        execution: 4,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // support_engineer -> internal_move (pm); worked: true
    id: "luke-frayling-support-to-pm-internal",
    source: {
      url: "https://gettingstartedinproduct.com/posts/p8k1k1-how-do-people-get-started-in-prod",
      title: "Internal Transition Is The Most Frequent Way To Start A Product Career",
    },
    summary:
      "Working in support roles at a healthcare software provider, he sat close to the product team and kept learning its " +
      "methods. When the team had an opening he applied, got his first product role, and is now a senior PM there.",
    readings:
      "Support at a software company with a product team he worked with daily (employsPMs, worksWithPMs, customerFacing). " +
      "The role he applied for is called a product management role, read as PM level. Years, tenure, manager stance and the" +
      " rest are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "support_engineer",
      yearsExperience: 4,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 3,
        data: 2,
        technical: 3,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // designer -> internal_move (pm); worked: true
    id: "gaurav-ux-designer-pm-public-innovation-lab",
    source: {
      url: "https://gaurav.studio/blogs/bfepn7Q5QUg",
      title: "Designing my way into product: Lessons from the UX to PM transition",
    },
    summary:
      "Hired in 2024 as a UX designer at the WSIB Innovation Lab, he found the team building an internal tool with nobody " +
      "holding the whole picture. He began aligning developers, design and stakeholders, became the one people came to for " +
      "answers, and moved into the PM role.",
    readings:
      "A public workplace-insurance board is non_tech; the lab team of developers and designers had no PM (employsPMs and " +
      "worksWithPMs false for the team, a guess for the wider body). Stepping up to align dev, UX and stakeholders is led " +
      "cross-functional work. Newly hired, so tenure under a year; total years not stated.",
    guesses: [
      "yearsExperience",
      "company.employsPMs",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "designer",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 0.5,
        managerSupport: "unsure",
        size: "over_500",
        kind: "non_tech",
      },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 1,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 1,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // designer -> internal_move (pm); worked: true
    id: "polymerize-designer-to-pm-at-startup",
    source: {
      url: "https://www.joyk.com/dig/detail/1637032443231379",
      title: "Why you shouldn't transition from design to product management | UX Collective",
    },
    summary:
      "A self-taught designer with about a year and a half of experience joined Polymerize, a B2B materials-science SaaS " +
      "startup, as product designer. Two months in he was offered the PM role and took it; he writes candidly that he is " +
      "struggling in it.",
    readings:
      "Third job in 18 months and a jump into a scaling startup: high risk appetite. Founders described as supportive " +
      "(managerSupport yes). A public guide to self-teaching design counts as a side project. Whether the startup had other" +
      " PMs is not stated. He still holds the role at writing, so worked is true, but only just.",
    guesses: ["company.employsPMs", "company.worksWithPMs", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "designer",
      yearsExperience: 1.5,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 0.2,
        managerSupport: "yes",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 4,
      wantsMentorship: 3,
      evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 2,
        data: 1,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 1,
        business: 1,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // researcher -> internal_move (pm); worked: true
    id: "michelle-wind-ux-research-to-pm-spread",
    source: {
      url: "https://www.spread.ai/resources/stories/life-at-spread-becoming-a-product-manager-how-i-moved-from-ux-research-to-product-almost-over-night",
      title: "Life at SPREAD: Becoming a Product Manager – How I moved from UX Research to Product, almost over night",
    },
    summary:
      "A UX researcher at SPREAD had told her manager she wanted to move closer to the business side. A PM role came up " +
      "suddenly, she switched with the same stakeholders, and a supportive team carried her through a rough first few " +
      "weeks.",
    readings:
      "Same company and stakeholders after the switch, so PMs were there and she worked with them. She had raised the wish " +
      "with her manager beforehand (managerSupport yes). Research is voice-of-customer work (customerFacing). Years, tenure" +
      " and size not stated.",
    guesses: ["yearsExperience", "company.tenureYears", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "researcher",
      yearsExperience: 4,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 2,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 4,
        data: 2,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // researcher -> internal_move (pm); worked: true
    id: "embarkbio-phd-scientist-lab-to-product-at-spinout",
    source: {
      url: "https://www.embarkbio.com.au/p/from-scientist-to-product-manager?action=share",
      title: "From Scientist to Product Manager (Embark Bio)",
    },
    summary:
      "A PhD scientist joined the diagnostics spinout his advisor founded, which licensed his own research. When the " +
      "lab-first plan ran late, the company moved him from the bench into product development, and a lean scope halved the " +
      "time to accreditation.",
    readings:
      "Small spinout without product-management practice (no PMs); the company itself moved him, read as managerSupport " +
      "yes. Deep diagnostics science is domain expertise. A diagnostics test plus its software is read as the company's own" +
      " product. PhD and postdoc years and tenure are estimates.",
    guesses: ["yearsExperience", "company.tenureYears", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "researcher",
      yearsExperience: 8,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 3,
        managerSupport: "yes",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 3,
        execution: 3,
        communication: 2,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // qa_engineer -> internal_move (pm); worked: true
    id: "joan-lafferty-quality-lead-to-pm",
    source: {
      url: "https://medium.com/@laffertybug/a-journey-from-engineering-to-product-management-1c2f07d31239?source=rss-e295df3934d2------3",
      title: "A Journey From Engineering To Product Management",
    },
    summary:
      "A quality engineering lead with more than a decade in engineering was approached by her group's director of product " +
      "management, who saw customer empathy in her. It took her months to picture herself as a PM, then she made the jump " +
      "in-house.",
    readings:
      "Director of PM in her group: the company has PMs and she worked with them. Leading quality engineering is " +
      "cross-functional lead work. The sponsor was the product director; her own manager's view is not stated. Over ten " +
      "years of experience is stated; tenure and size are not.",
    guesses: [
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "evidence.customerFacing",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "qa_engineer",
      yearsExperience: 11,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 5,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // engineering_manager -> internal_move (pm); worked: true
    id: "dan-mckenzie-team-lead-to-group-pm",
    source: {
      url: "https://dan.mckenzie.kiwi/2025/10/05/how-i-moved-to-product-management",
      title: "How I moved to Product Management",
    },
    summary:
      "An engineering team lead who kept narrowly missing engineering manager posts was asked by a general manager why he " +
      "had not applied for a long-open group PM role. He had covered for PMs before, and the GM valued his questions about " +
      "strategy and his depth.",
    readings:
      "Led engineering teams for years across companies (engineering_manager, led cross-functional work), paired with a PM " +
      "group he could learn from. The GM invited him, read as managerSupport yes. Went straight to a group PM title: level " +
      "pm. Exact years, tenure and size are not stated.",
    guesses: ["yearsExperience", "company.tenureYears", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "engineering_manager",
      yearsExperience: 12,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 2,
        data: 3,
        technical: 5,
        execution: 4,
        communication: 3,
        leadership: 4,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // project_manager -> internal_move (pm); worked: true
    id: "anna-pinneo-project-manager-builds-product-function",
    source: { url: "https://annapinneo.com/about", title: "How I Got Here (annapinneo.com)" },
    summary:
      "After tier 1 and 2 IT support, she joined a company with a 20-year-old product and no roadmap or product strategy as" +
      " its project manager. Over a few years she built a planning model, a client-suggestion pipeline and a prioritisation" +
      " cycle, and began writing specs.",
    readings:
      "No roadmap, no planning, CEO-less product direction: the company had no PMs. She ran cross-department reviews (led " +
      "cross-functional) and a client-suggestion pipeline (customerFacing). The page is her product portfolio's about page;" +
      " the product title is inferred from it, the years and company size are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "project_manager",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 3,
        data: 3,
        technical: 3,
        execution: 4,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // customer_success -> internal_move (pm); worked: true
    id: "michael-karampalas-phone-support-to-pm",
    source: {
      url: "https://steady.space/blog/transitioning-from-support-to-product",
      title: "Transitioning from Support to Product Management - Lessons Learned",
    },
    summary:
      "A phone-support agent, broke and newly married, started running weekly meetings with the product managers to " +
      "escalate defects and experience problems. That exposure opened a move into product management at the same company.",
    readings:
      "PMs at the company and he worked with them weekly; he ran those escalation meetings (led cross-functional, " +
      "customerFacing). Money pressure reads as low risk appetite. Years, tenure, manager stance and size are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "customer_success",
      yearsExperience: 3,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 3,
        data: 2,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // sales -> internal_move (pm); worked: true
    id: "applied-frameworks-sales-engineer-to-pm",
    source: {
      url: "https://archive.appliedframeworks.com/how-i-became-a-product-manager/",
      title: "How I Became a Product Manager (Applied Frameworks)",
    },
    summary:
      "A programmer turned sales engineer for six years, then sales rep for three, at an enterprise software vendor " +
      "out-sold his team with a new product and ended up training the whole sales force. The VP of marketing said that was " +
      "product management's job and suggested he take the role.",
    readings:
      "Friends with the vendor's PMs (employsPMs, worksWithPMs); about eleven years of experience, nine at this company. " +
      "VPs of sales and marketing backed him (managerSupport yes); training the sales force is led cross-functional work; " +
      "selling is customer-facing.",
    guesses: ["company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "sales",
      yearsExperience: 11,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 9,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 4,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // marketing -> internal_move (pm); worked: true
    id: "product-heart-product-marketer-made-pm",
    source: { url: "https://www.theproductheart.com/p/pay-it-forward", title: "Pay it forward (The Product Heart)" },
    summary:
      "Four weeks into a product marketing job at a vendor of a CRM for financial firms, she was sent to London to train " +
      "analysts at a client bank and saw a home-page widget that did not fit their day. The team rebuilt it overnight, her " +
      "boss told her she had just become a product manager, and she stayed in product and later led a team.",
    readings:
      "Brand-new hire (tenure a few weeks) at a software vendor; training client users is customer-facing. Her boss Ed " +
      "backed her (managerSupport yes). Whether the vendor had other PMs is not stated. Early career, so total years is an " +
      "estimate.",
    guesses: [
      "yearsExperience",
      "company.employsPMs",
      "company.worksWithPMs",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "marketing",
      yearsExperience: 1,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 0.1,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 3,
        data: 1,
        technical: 1,
        execution: 2,
        communication: 3,
        leadership: 1,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // sales -> internal_move (pm); worked: true
    id: "sara-tortoli-sales-to-pm-in-her-thirties",
    source: {
      url: "https://hackernoon.com/how-to-plan-your-career-change-and-become-a-product-manager-my-tips-and-tricks-for-success-fnv231pc",
      title: "How to Plan your Career Change and become a Product Manager: [My Tips and Tricks for Success]",
    },
    summary:
      "A salesperson in her thirties who had hopped between roles without finding her fit discovered product management and" +
      " switched into it with no formal PM experience. She later told the story to the product community at Zalando, her " +
      "employer.",
    readings:
      "The talk to Zalando's PM community and messages from colleagues place her at Zalando, a large product company with " +
      "PMs; that the switch happened there (internal) is inferred, not stated. Sales is customer-facing. Years read from " +
      "her being in her thirties after many roles.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.worksWithPMs",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "sales",
      yearsExperience: 10,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 2,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // designer -> internal_move (associate, via technical_program_manager); worked: true
    id: "sarah-bourne-design-programme-management-to-pm",
    source: {
      url: "https://www.siliconrepublic.com/people/product-management-sarah-bourne-zalando",
      title: "Sarah Bourne of Zalando discusses her unconventional journey to product management",
    },
    summary:
      "After varied design jobs in small companies she spent 15 years at a large technology company, first in design and " +
      "then in programme management. Taking on more and more product-aligned work there, she moved into product management " +
      "and is now a principal PM at Zalando.",
    readings:
      "Read at the moment she left design: a designer at a large tech company that built products and had PMs. Programme " +
      "management was the step between design and product (bridge: technical_program_manager, level associate for the " +
      "step). That the PM move happened at the same company is read from the 15-year stay; years and tenure are estimates.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.worksWithPMs",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "designer",
      yearsExperience: 12,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 8,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 3,
        execution: 4,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "associate", bridgeRole: "technical_program_manager" },
    worked: true,
  },
  {
    // project_manager -> internal_move (pm); worked: true
    id: "tpm-craft-compliance-tpm-to-pm",
    source: {
      url: "https://thetpmcraft.substack.com/p/my-move-from-technical-program-manager",
      title: "My move from Technical Program Manager to Product Manager (The TPM Craft)",
    },
    summary:
      "A technical program manager running compliance programs had to partner with one product director, and filled product" +
      " gaps openly whenever product work slipped. His boss and the director were both pleased, and he moved into a product" +
      " role in-house.",
    readings:
      "Read from the author's replies in the post's comment thread. Product director nearby (employsPMs, worksWithPMs); his" +
      " boss was happy with the arrangement (managerSupport yes); programs across teams are led cross-functional work. " +
      "Years, tenure and size are not stated.",
    guesses: ["yearsExperience", "company.tenureYears", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "project_manager",
      yearsExperience: 8,
      employment: "employed",
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes", size: "over_500", kind: "product" },
      riskTolerance: 2,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 2,
        data: 3,
        technical: 3,
        execution: 4,
        communication: 3,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // business_analyst -> internal_move (associate, via technical_product_owner); worked: true
    id: "david-pereira-developer-ba-promoted-to-po",
    source: {
      url: "https://dhirubhai.net/pulse/from-business-analysis-product-management-david-pereira",
      title: "From Business Analysis to Product Management",
    },
    summary:
      "He started as a developer, became a business analyst and was then promoted to product owner. He found the overlap " +
      "made the move natural, but had to trade detailed documentation for conversation.",
    readings:
      "Promotion means the same company, one that ran agile teams with product owners. Read as a business analyst at the " +
      "decision, with a developer's technical footing. The product owner role is the bridge taken (level associate). " +
      "Company size, kind and years are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.managerSupport",
      "company.size",
      "company.kind",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "business_analyst",
      yearsExperience: 5,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 4,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "associate", bridgeRole: "technical_product_owner" },
    worked: true,
  },
  {
    // customer_success -> internal_move (pm); worked: true
    id: "lorraine-valera-customer-facing-to-pm",
    source: {
      url: "https://www.productmanagementtoday.com/?query=courses+pm-skills&open-article-id=20057830&article-title=you-don-t-have-to-lie-to-get-a-job-as-a-product-manager&blog-domain=productcoalition.com&blog-title=the-product-coalition",
      title: "You Don't Have To Lie To Get A Job As A Product Manager",
    },
    summary:
      "She started in a customer-facing role at a SaaS company and, by a route she calls neither easy nor straight, moved " +
      "onto its product team. She now mentors aspiring PMs and argues that honest, relevant experience beats a padded " +
      "profile.",
    readings:
      "A SaaS company with a product team she later joined (employsPMs); customer-facing role stated. She started there " +
      "about six years before writing, so tenure at the move is an estimate. Manager stance, size and years are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.worksWithPMs",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "customer_success",
      yearsExperience: 3,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 3,
        data: 2,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> internal_move (pm); worked: true
    id: "vivek-bedi-engineer-to-product-at-goldman",
    source: {
      url: "https://insight.ieeeusa.org/articles/engineers-what-to-know-about-pivoting-into-product-management/",
      title: "Engineers: What to Know About Pivoting Into Product Management",
    },
    summary:
      "An engineer at Goldman Sachs who liked spending time with clients and watching how they used the technology moved " +
      "from engineering into product there. He found the shift from how to why, and the soft skills, the steepest part.",
    readings:
      "A large bank with product roles (employsPMs). Time with clients is customer-facing. A bank is neither a software " +
      "product company nor an agency, so company.kind is left out (unknown). Years, tenure and manager stance are not " +
      "stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.worksWithPMs",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 6,
      employment: "employed",
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "unsure", size: "over_500" },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> internal_move (pm); worked: true
    id: "ana-carolina-alves-dev-acts-as-pm-in-squad",
    source: {
      url: "https://sergioschuler.medium.com/how-to-transition-into-product-management-419269caccd9?source=user_profile---------0----------------------------",
      title: "How to transition into Product Management",
    },
    summary:
      "A developer in a three-person squad with no PM or PO felt pressure from every side and wanted to understand the " +
      "problem and the customers. She asked her leader whether she could act as the team's PM; that started the product " +
      "career that made her a group PM.",
    readings:
      "One quote in a collection of PM origin stories. The squad had no PM (worksWithPMs false; employsPMs false is a guess" +
      " for the company). Asking her leader is the move; his answer and her later title imply it worked. Years, tenure and " +
      "size are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 4,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 2,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 2,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> internal_move (pm); worked: true
    id: "leigh-marie-braswell-early-engineer-first-pm-scale",
    source: {
      url: "https://leighmariebraswell.substack.com/p/product-management-at-a-startup-101",
      title: "Product Management at a Startup 101 Talk Notes",
    },
    summary:
      "One of the first engineers at Scale, then a handful of engineers in a tiny office with few customers, she moved into" +
      " the role of the company's first product manager. She stayed about four years while it grew to hundreds of people.",
    readings:
      "Tiny startup without PMs (she became the first). Early engineer, so tenure and years are short estimates. Joining a " +
      "tiny startup reads as high risk appetite. The company's need and her move read as backing from the founders.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 1.5,
        managerSupport: "yes",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 4,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 5,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // other -> internal_move (pm); worked: true
    id: "globalx-paralegal-to-pm",
    source: {
      url: "https://www.legalbusinessworld.com/post/2020/06/08/my-journey-from-paralegal-to-product-manager",
      title: "My journey from paralegal to product manager",
    },
    summary:
      "A law graduate who found paralegal work at a property firm mostly paperwork joined GlobalX, which sells property " +
      "searches and data to conveyancers. When a PM position opened, the CEO bet on her mix of legal knowledge and interest" +
      " in tech and paid for her retraining.",
    readings:
      "Read at GlobalX, a company with its own data product; a PM position opening suggests a product function (employsPMs " +
      "a guess). The CEO backed her (managerSupport yes) and invested in retraining, read as wanting structure. Law and " +
      "conveyancing knowledge is domain expertise.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.worksWithPMs",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "other",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: false,
        tenureYears: 1,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 2,
        data: 1,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 1,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // qa_engineer -> internal_move (associate, via technical_product_owner); worked: true
    id: "unremarkable-tester-quality-engineer-to-po",
    source: {
      url: "https://unremarkabletester.com/2020/06/09/shifting-my-quality-perspective-from-a-quality-to-a-product-owner-role/",
      title: "Shifting my Quality Perspective: From a Quality to a Product Owner Role",
    },
    summary:
      "A quality engineer moved through quality roles, quality product accountable and quality coach, before becoming " +
      "product owner of a team building an internal tool. She now spends her days talking to users and finds acceptance " +
      "criteria harder than she thought.",
    readings:
      "Read at the quality-coach stage in a company with agile teams; that the PO role was at the same company is inferred." +
      " Coaching teams on quality is led cross-functional work. Product owner is the bridge taken (level associate).",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.worksWithPMs",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "qa_engineer",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 4,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 3,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "associate", bridgeRole: "technical_product_owner" },
    worked: true,
  },
  {
    // qa_engineer -> internal_move (associate, via technical_product_owner); worked: true
    id: "cobe-agency-qa-handed-po-role",
    source: {
      url: "https://www.cobeisfresh.com/blog/product-ownership-rights-and-wrongs",
      title: "Product Ownership — Rights and Wrongs",
    },
    summary:
      "Hired as the first QA engineer at COBE, a digital product agency whose Scrum had no product owner, he was handed the" +
      " PO role because he already wrote the test cases. He struggled with acceptance criteria and prioritisation at first " +
      "and writes about what he learned.",
    readings:
      "An agency building for clients is a services firm; no product owner existed before (employsPMs false). The company " +
      "gave him the role (managerSupport yes). Early career as the first QA hire. He still writes as a PO, so worked is " +
      "read as true, though the start went badly.",
    guesses: ["yearsExperience", "company.tenureYears", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "qa_engineer",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 2,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "services",
      },
      riskTolerance: 3,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 2,
        data: 1,
        technical: 3,
        execution: 2,
        communication: 2,
        leadership: 1,
        business: 1,
      },
    },
    took: { path: "internal_move", level: "associate", bridgeRole: "technical_product_owner" },
    worked: true,
  },
  {
    // technical_writer -> internal_move (pm); worked: true
    id: "reddit-technical-writer-moved-to-product",
    source: {
      url: "https://axebps-redlib.hf.space/r/technicalwriting/comments/1kuhpdq/can_i_go_from_writing_to_product_managements",
      title: "Can I go from writing to product managements? (r/technicalwriting)",
    },
    summary:
      "A technical writer who had long bridged software, R&D and product at a company in a niche industry was moved into " +
      "product because the company saw the value. They later took a product role elsewhere and advise trying the move " +
      "in-house first.",
    readings:
      "Read from one reply (u/L00k_Again) in the thread. Bridging software, R&D and product is led cross-functional work; " +
      "earlier product development in a niche industry is domain expertise. The company moved them (managerSupport yes). " +
      "Years and size are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.worksWithPMs",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "technical_writer",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 4,
        managerSupport: "yes",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 3,
        execution: 3,
        communication: 4,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // sales -> internal_move (associate, via product_specialist); worked: true
    id: "pendo-adwords-account-manager-product-specialist",
    source: { url: "https://www.pendo.io/pendo-blog/the-path-to-product-management/", title: "The Path to Product Management" },
    summary:
      "He started at Google in sales and operations as an AdWords account manager, pushing PMs to fix what customers " +
      "struggled with, and became sure he could do their job. With a non-technical degree, his way in was a product " +
      "specialist opportunity at Google.",
    readings:
      "Google has PMs and he worked with them; account management is customer-facing. The product specialist role is the " +
      "bridge (level associate); that the step happened inside Google is stated, the later PM employer is not. Years and " +
      "tenure are estimates.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "sales",
      yearsExperience: 3,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 1,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "associate", bridgeRole: "product_specialist" },
    worked: true,
  },
  {
    // other -> internal_move (pm); worked: true
    id: "getting-started-in-product-recruiter-to-pm",
    source: {
      url: "https://gettingstartedinproduct.substack.com/p/v2l0i8-how-do-people-get-started-in-prod",
      title: "How do people get started in product management?",
    },
    summary:
      "A recruiter moved across his organisation to project-manage the building of recruitment websites, then helped teams " +
      "shape strategy for the sites that sold their products. He was eventually approached to look after a product of his " +
      "own.",
    readings:
      "Same organisation throughout; what it sells is recruitment, so company.kind is left out. Project-managing web builds" +
      " is led cross-functional work; supporting teams on strategy reads as customer-facing. Whether it had other PMs, " +
      "years and size are not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "other",
      yearsExperience: 5,
      employment: "employed",
      company: { employsPMs: true, worksWithPMs: false, tenureYears: 3, managerSupport: "unsure", size: "50_to_500" },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 2,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // other -> internal_move (pm); worked: true
    id: "product-manager-info-first-pm-at-own-startup",
    source: {
      url: "https://productmanagerinfo.com/being-the-first-product-manager-an-intro-guide",
      title: "Being the First Product Manager: An Intro Guide",
    },
    summary:
      "An early employee at a startup had already taken on many product duties without the title when leadership asked him " +
      "to become its first product manager, since nobody else could. Not yet knowing what the job was, he spent two years " +
      "building it.",
    readings:
      "First PM at the company, so none before; leadership asked him (managerSupport yes); taking on product duties across " +
      "teams is led cross-functional work. His earlier role is not named, so currentRole is other. Years, tenure and size " +
      "are estimates.",
    guesses: [
      "currentRole",
      "yearsExperience",
      "company.tenureYears",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "other",
      yearsExperience: 3,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 2,
        managerSupport: "yes",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 4,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 2,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> internal_move (pm); worked: false
    id: "prototypr-engineer-first-pm-at-series-a-quit",
    source: {
      url: "https://blog.prototypr.io/the-day-i-actually-became-a-product-manager-92035468d4eb?gi=70193540c1b4",
      title: "The day I actually became a product manager",
    },
    summary:
      "Two years into engineering at a 20-person startup just after its Series A, he asked for and got the new PM role when" +
      " the CEO formalised product. When growth stalled the CEO took product back and overruled him; he stayed a little " +
      "over a year, then left.",
    readings:
      "Twenty people, no PM before him, CEO trusted him (managerSupport yes); two years as an engineer stated. He describes" +
      " that first job as a failure and left it, so worked is false for this move, although he later held many product " +
      "roles.",
    guesses: ["skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 2,
        managerSupport: "yes",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 2,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: false,
  },
  {
    // data_analyst -> internal_move (pm); worked: true
    id: "deloitte-data-consultant-startup-acquired-then-pm",
    source: {
      url: "https://medium.com/career-relaunch/transitioning-from-consulting-to-product-management-shit-is-hard-efdd87f992ae",
      title: "Transitioning from Consulting to Product Management (shit is hard)",
    },
    summary:
      "A consultant whose work was helping clients find insights in data left Deloitte for a Seattle startup, which " +
      "Microsoft then bought into Office 365. A few months later he joined the product team to build and launch a " +
      "people-analytics product.",
    readings:
      "Read at the moment of the move: employed at Microsoft after the acquisition, a product company with PMs. " +
      "Data-insight work reads as data_analyst; client work is customer-facing. Tenure since the acquisition is months; " +
      "years are estimates.",
    guesses: [
      "yearsExperience",
      "company.worksWithPMs",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "data_analyst",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: false,
        tenureYears: 1,
        managerSupport: "unsure",
        size: "over_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 4,
        technical: 2,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 3,
      },
    },
    took: { path: "internal_move", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> junior_pm (pm); worked: true
    id: "iwantsothat-engineer-ten-years-to-pm-elsewhere",
    source: {
      url: "https://iwantsothat.com/moving-from-engineering-to-product-management",
      title: "Moving from engineering to product management",
    },
    summary:
      "After more than ten years as a software engineer, offered lead-engineer roles that did not appeal, he realised he " +
      "cared more about the shipped feature than the code. With no opening at his own company, he looked for product jobs " +
      "elsewhere.",
    readings:
      "Ten-plus years stated; no chance to switch where he was (employsPMs false as a guess, managerSupport unsure). The " +
      "title and framing imply he made the move to a new company; the excerpt stops at the job search, so the outcome is " +
      "inferred.",
    guesses: [
      "company.employsPMs",
      "company.worksWithPMs",
      "company.tenureYears",
      "company.size",
      "company.kind",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 10,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 3,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 5,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "junior_pm", level: "pm" },
    worked: true,
  },
  {
    // researcher -> junior_pm (associate); worked: true
    id: "bechols-forrester-researcher-referred-to-entry-pm",
    source: { url: "https://www.bechols.com/about/how-i-got-into-pm", title: "How I got into product management" },
    summary:
      "A philosophy graduate who left law school learned customer research and data analysis at Forrester Research, then " +
      "moved to an internal team doing training and internal product work. Warned he lacked a CS degree or MBA, he was " +
      "referred by a friend's boyfriend to an entry-level PM job in San Francisco.",
    readings:
      "Forrester sells research and advice (services); no software PMs around him. Customer research is customer-facing. He" +
      " timeboxed the search and kept backup plans (low risk appetite). The referral is an open door; the job was entry " +
      "level (associate).",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.employsPMs",
      "company.managerSupport",
      "skills",
      "riskTolerance",
      "wantsMentorship",
    ],
    input: {
      currentRole: "researcher",
      yearsExperience: 4,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 4,
        managerSupport: "yes",
        size: "over_500",
        kind: "services",
      },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: true, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 3,
        technical: 1,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "junior_pm", level: "associate" },
    worked: true,
  },
  {
    // software_engineer -> junior_pm (associate, via technical_product_owner); worked: false
    id: "phill-barber-developer-tpo-via-friend-not-for-him",
    source: {
      url: "https://phillbarber.blogspot.com/2017/06/from-developer-to-product-owner.html",
      title: "From Developer to Product Owner",
    },
    summary:
      "A developer of about ten years, across media, finance and a startup, was contacted by a friend and former colleague " +
      "about a technical product owner role on an identity platform. He took it, and after seven months concluded the role " +
      "was not for him.",
    readings:
      "The friend's approach is a referral into another company. Ten years stated. The TPO role is the bridge taken (level " +
      "associate). He left the role after seven months, so worked is false. His employer at the time and its PMs are not " +
      "stated.",
    guesses: [
      "company.employsPMs",
      "company.worksWithPMs",
      "company.tenureYears",
      "company.managerSupport",
      "company.kind",
      "skills",
      "riskTolerance",
      "wantsMentorship",
    ],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 10,
      employment: "employed",
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 3, managerSupport: "unsure", kind: "product" },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: true, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 4,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "junior_pm", level: "associate", bridgeRole: "technical_product_owner" },
    worked: false,
  },
  {
    // support_engineer -> junior_pm (pm); worked: true
    id: "on-product-management-support-docs-to-pm-with-domain",
    source: {
      url: "http://onproductmanagement.org/2010/12/open-question-how-did-you-get-your-first-product-management-or-product-marketing-position/",
      title: "Open Question: How did you get your first Product Management or Product Marketing position?",
    },
    summary:
      "He covered technical support, training and documentation at a company selling a 3D charting library to developers. " +
      "Interviewing with the president of a 100-person developer-tools company that sold a charting toolkit, he showed he " +
      "had done much of a PM's work and knew the domain, and got the job.",
    readings:
      "Support and training are customer-facing; charting-library knowledge that matched the hiring company is domain " +
      "expertise. The new employer had about 100 people and hired him as PM (level pm). His old company's PMs, years and " +
      "tenure are not stated.",
    guesses: [
      "yearsExperience",
      "company.employsPMs",
      "company.worksWithPMs",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "support_engineer",
      yearsExperience: 5,
      employment: "employed",
      company: {
        employsPMs: true,
        worksWithPMs: true,
        tenureYears: 4,
        managerSupport: "unsure",
        size: "50_to_500",
        kind: "product",
      },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 3,
        data: 2,
        technical: 3,
        execution: 3,
        communication: 4,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "junior_pm", level: "pm" },
    worked: true,
  },
  {
    // business_analyst -> junior_pm (pm); worked: true
    id: "lynne-levy-client-services-analyst-to-senior-pm",
    source: {
      url: "https://www.lynnelevy.com/blog/product%20management%20experience",
      title: "Product management experience (Lynne Levy blog, Sep 28, 2021)",
    },
    summary:
      "A coaching client worked as a technical analyst in professional services, gathering requirements with customers and " +
      "driving engineers to build solutions, without a PM title. Framing that history as product work, she was hired as a " +
      "senior product manager at the organisation she wanted.",
    readings:
      "Professional services is a services firm with no PM roles around her. Requirements work with customers and driving " +
      "engineers are customer-facing and led cross-functional. Hired as senior PM: level pm. Years are read from the senior" +
      " hire; the rest is not stated.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "business_analyst",
      yearsExperience: 8,
      employment: "employed",
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 4, managerSupport: "unsure", kind: "services" },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 3,
        data: 3,
        technical: 3,
        execution: 4,
        communication: 4,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "junior_pm", level: "pm" },
    worked: true,
  },
  {
    // software_engineer -> junior_pm (associate); worked: true
    id: "julia-mitelman-chaitanya-intern-to-microsoft-pm",
    source: {
      url: "https://juliathepm.medium.com/product-manager-career-paths-72127fdd9003?responsesOpen=true&sortBy=REVERSE_CHRON&source=user_profile---------7----------------------------",
      title: "6x6: Product Manager Career Paths",
    },
    summary:
      "An electrical engineering and computer science student who had tried teaching assistance, selling t-shirts and two " +
      "summers on Wall Street interned as a PM at Microsoft. The internship confirmed the choice, and he joined Microsoft " +
      "full time as an Office PM in 2000.",
    readings:
      "A student at the decision, so no company. Technical degree, some work from internships. A graduate PM role at a " +
      "large company with training is read as the associate level.",
    guesses: ["yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "software_engineer",
      yearsExperience: 1,
      employment: "student",
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 3,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "junior_pm", level: "associate" },
    worked: true,
  },
  {
    // data_analyst -> junior_pm (associate); worked: true
    id: "urjit-banerjee-risk-analyst-break-bootcamp-first-product-role",
    source: { url: "https://www.urjitbanerjee.com/journey.html", title: "Journey (urjitbanerjee.com)" },
    summary:
      "An economics graduate whose first job was catastrophe-risk analysis during the pandemic had to stop working for " +
      "health reasons. A cousin suggested product management; he took a PM bootcamp at Upraised and went on to his first " +
      "product role.",
    readings:
      "Not working at the decision (between_jobs). Data-heavy first job reads as data_analyst. Choosing a structured " +
      "bootcamp reads as wanting mentorship. Where the first product role was, and its level, are not in the excerpt: a new" +
      " company at associate level is inferred.",
    guesses: ["yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "data_analyst",
      yearsExperience: 1,
      employment: "between_jobs",
      riskTolerance: 2,
      wantsMentorship: 5,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 1,
        execution: 2,
        communication: 2,
        leadership: 1,
        business: 3,
      },
    },
    took: { path: "junior_pm", level: "associate" },
    worked: true,
  },
  {
    // marketing -> junior_pm (pm); worked: true
    id: "hireart-andrew-analyst-startup-generalist-to-pm",
    source: {
      url: "http://blog.hireart.com/how-andrew-got-his-first-job-as-a-product-manager-and-how-you-can-do-it-too/",
      title: "How Andrew got his first job as a Product Manager (and how you can do it too)",
    },
    summary:
      "After four years as a financial analyst, he joined a small startup as a generalist in business development and " +
      "marketing, doing product work without the title. Getting no PM interviews at first, he went on 75 networking " +
      "coffees, took a course, built a portfolio and landed a PM job elsewhere.",
    readings:
      "Read at the startup (small, no PMs, marketing and biz-dev role). Quitting finance for a startup reads as high risk " +
      "appetite; the portfolio is a side project; biz-dev is customer-facing. The new employer's size is not stated.",
    guesses: ["company.tenureYears", "company.managerSupport", "company.size", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "marketing",
      yearsExperience: 5,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 1,
        managerSupport: "unsure",
        size: "under_50",
        kind: "product",
      },
      riskTolerance: 4,
      wantsMentorship: 3,
      evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 2,
        execution: 3,
        communication: 3,
        leadership: 2,
        business: 3,
      },
    },
    took: { path: "junior_pm", level: "pm" },
    worked: true,
  },
  {
    // founder -> startup (pm); worked: true
    id: "bowen-li-finance-founder-to-pm-taskrabbit",
    source: {
      url: "https://mergersandinquisitions.com/finance-to-product-management/",
      title: "From Finance to Product Management: How to Escape the Dungeon and Move into the Technology Industry",
    },
    summary:
      "A math and finance graduate did predictive analytics at an insurer, then ran his own food-delivery startup for a " +
      "year until it shut down. After a three-month design and growth course in San Francisco he networked his way to a PM " +
      "offer at TaskRabbit, then a Series C startup.",
    readings:
      "Not employed after closing his company (between_jobs). Founding, fundraising and pivots are a side project, " +
      "cross-functional lead work and customer-facing. Hired as product manager (level pm) at a venture-backed startup.",
    guesses: ["yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "founder",
      yearsExperience: 3,
      employment: "between_jobs",
      riskTolerance: 5,
      wantsMentorship: 3,
      evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 3,
        data: 3,
        technical: 2,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // researcher -> startup (pm); worked: true
    id: "katherine-byrd-fired-postdoc-chemistry-startup",
    source: {
      url: "https://www.mindtheproduct.com/my-journey-from-laboratory-scientist-to-product-manager",
      title: "My journey from laboratory scientist to product manager",
    },
    summary:
      "A medicinal-chemistry postdoc was asked to leave her lab and spent about a year failing to land any of 150 research " +
      "jobs. Widening the search, she found a startup building an organic-chemistry learning game that wanted a chemist who" +
      " could teach, and her path into product management ran through it.",
    readings:
      "Not employed at the decision (between_jobs). Chemistry and teaching are the domain the startup hired for. The " +
      "excerpt stops at the startup; that her PM role came there is inferred from the title, and its level is not stated.",
    guesses: ["yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "researcher",
      yearsExperience: 6,
      employment: "between_jobs",
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 1,
        customer_insight: 2,
        data: 3,
        technical: 2,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 1,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // other -> startup (associate); worked: true
    id: "zoomdojo-history-science-grad-apm-pocket-gems",
    source: {
      url: "https://zoomdojo.com/young-professionals/technology/ms-start-product-manager",
      title: "Ms. Start-up Product Manager",
    },
    summary:
      "A history-and-science graduate who first thought of law found through internships that she liked business. She " +
      "became an associate product manager at Pocket Gems, a mobile games startup, where she owns a game's roadmap and its " +
      "analysis.",
    readings:
      "Read as a graduating student (no company). Humanities-and-science major, so currentRole is other. APM title stated " +
      "(associate). Choosing an early startup reads as risk appetite; the rest is not stated.",
    guesses: ["employment", "yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "other",
      yearsExperience: 0.5,
      employment: "student",
      riskTolerance: 4,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 3,
        technical: 1,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 2,
      },
    },
    took: { path: "startup", level: "associate" },
    worked: true,
  },
  {
    // founder -> startup (pm); worked: true
    id: "techminis-librarian-improv-founder-edtech-pm",
    source: {
      url: "https://techminis.com/i-always-wanted-to-be-a-doctor-librarian-performer--oops-i-became/-585308200",
      title: "I always wanted to be a doctor, librarian, performer… oops I became (techminis summary of a Medium post)",
    },
    summary:
      "After a library-science degree and library work on early digital catalogues, the author spent a decade building an " +
      "improv theatre and school. In 2020 they joined an edtech startup and ended up as its product manager without " +
      "planning to, bringing library science to how content is organised.",
    readings:
      "Running their own theatre and school: founder, self-employed, with cross-functional and customer-facing work. " +
      "Library and information science is the domain the edtech product needed. Years are read from the decade at the " +
      "theatre.",
    guesses: ["yearsExperience", "evidence.sideProject", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "founder",
      yearsExperience: 15,
      employment: "self_employed",
      riskTolerance: 4,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: true },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 3,
        data: 2,
        technical: 2,
        execution: 3,
        communication: 4,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // other -> startup (pm); worked: true
    id: "matheus-tanaka-intern-to-pm-geekhunter",
    source: {
      url: "https://medium.com/@matheustanaka/de-estagi%C3%A1rio-%C3%A0-gerente-de-produto-em-apenas-6-meses-b4cf994ec9f5",
      title: "De Estagiário a Gerente de Produto em apenas 6 meses",
    },
    summary:
      "A chemical-engineering student who had led his university's junior consulting company took a final-semester " +
      "internship at GeekHunter, a startup matching developers with companies. Within six months he went from intern to " +
      "product manager there.",
    readings:
      "A student at the decision (no company); three years in the junior enterprise up to its presidency are led " +
      "cross-functional and client work. The role became product manager at the startup (level pm, as titled). Risk and " +
      "mentorship are not stated.",
    guesses: ["yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "other",
      yearsExperience: 1,
      employment: "student",
      riskTolerance: 4,
      wantsMentorship: 4,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 2,
        technical: 1,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 2,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // founder -> startup (pm); worked: true
    id: "product-hero-alexandre-spengler-founder-to-pm-rd",
    source: {
      url: "https://medium.com/product-hero/product-hero-29-alexandre-spengler-ad2b643d7d21",
      title: "Product Hero #29 — Alexandre Spengler",
    },
    summary:
      "An information-systems graduate worked as a developer and founded several ventures, a freelancer marketplace, a " +
      "group-buying product and a hiring platform, doing roadmap and customer work on the way. In early 2015 he took his " +
      "first formal PM role at Resultados Digitais, a fast-growing SaaS startup, and stayed four and a half years.",
    readings:
      "Read as a founder between ventures (self_employed). His own products are side projects; roadmap and sales " +
      "presentations are cross-functional and customer-facing. Developer past gives technical footing. Hired as PM (level " +
      "pm).",
    guesses: ["employment", "yearsExperience", "skills", "riskTolerance", "wantsMentorship", "openDoors"],
    input: {
      currentRole: "founder",
      yearsExperience: 6,
      employment: "self_employed",
      riskTolerance: 4,
      wantsMentorship: 3,
      evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 3,
        data: 3,
        technical: 4,
        execution: 3,
        communication: 3,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // consultant -> startup (pm); worked: true
    id: "jen-choi-consultant-to-api-pm",
    source: {
      url: "https://medium.com/@jenchoi/how-a-consultant-turned-into-a-product-manager-2fccd0e28271",
      title: "How a Consultant Turned Into a Product Manager",
    },
    summary:
      "A management consultant whose projects ran from organisation design and HR strategy to e-book supply chains had no " +
      "hands-on product experience. She landed an API product manager role at a growth-stage company in New York by showing" +
      " transferable skills and lining up strong advocates.",
    readings:
      "A consulting firm is a services firm with no PMs. Client work is customer-facing and engagements are " +
      "cross-functional. A growth-equity-stage company is read as a (late-stage) startup; she went straight to PM. The " +
      "story is written on accepting the offer, so worked is read from that.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "consultant",
      yearsExperience: 6,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 4,
        managerSupport: "unsure",
        size: "over_500",
        kind: "services",
      },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 3,
        customer_insight: 2,
        data: 3,
        technical: 1,
        execution: 4,
        communication: 4,
        leadership: 3,
        business: 3,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
  {
    // designer -> startup (pm); worked: true
    id: "hannah-donovan-agency-designer-to-lastfm",
    source: { url: "https://www.hannahdonovan.com/", title: "My Story (hannahdonovan.com)" },
    summary:
      "A designer who taught herself to code worked a couple of years at a youth-focused agency in Toronto, then moved to " +
      "London to join the early music startup Last.fm as its first designer. Working closely with the founders, she took " +
      "many features to market as their de facto PM and grew into leading design.",
    readings:
      "An agency is a services firm with no product to manage. Teaching herself to code counts as a side project. Moving " +
      "countries for an early-stage startup is high risk appetite. Her title was designer, and the product work came with " +
      "it: read as a product role at a startup, level pm.",
    guesses: [
      "yearsExperience",
      "company.tenureYears",
      "company.managerSupport",
      "company.size",
      "skills",
      "riskTolerance",
      "wantsMentorship",
      "openDoors",
    ],
    input: {
      currentRole: "designer",
      yearsExperience: 2,
      employment: "employed",
      company: {
        employsPMs: false,
        worksWithPMs: false,
        tenureYears: 2,
        managerSupport: "unsure",
        size: "under_50",
        kind: "services",
      },
      riskTolerance: 4,
      wantsMentorship: 2,
      evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: false, domainExpertise: false },
      openDoors: { referral: false, startupContact: false },
      skills: {
        strategy: 2,
        customer_insight: 2,
        data: 1,
        technical: 3,
        execution: 2,
        communication: 3,
        leadership: 2,
        business: 1,
      },
    },
    took: { path: "startup", level: "pm" },
    worked: true,
  },
];

/**
 * Personas: clear-cut people a career coach would advise without hesitation. Each block tells the story
 * and why the coach would pick that path; the engine must agree and say why in the person's own answers.
 */
import { describe, expect, it } from "vitest";
import { scoreAssessment, type AssessmentResult, type TransitionPath } from "@/domain/assessment";
import { makeInput, skills } from "./fixtures";

const fit = (r: AssessmentResult, path: TransitionPath) => r.paths.find((p) => p.path === path)!;
const allReasons = (r: AssessmentResult, path: TransitionPath) => fit(r, path).reasons.join(" ");

describe("Priya, tenured engineer with PMs around her and a supportive manager", () => {
  // Six years a backend engineer, four at her current company, where she works with the PMs every
  // sprint. Her manager would back her, she wants stability, and she led a cross-team migration. A coach
  // says: make the case where you're known — an internal move. (Product brief's first clear-cut case.)
  const result = scoreAssessment(
    makeInput({
      currentRole: "software_engineer",
      yearsExperience: 6,
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "yes" },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { ledCrossFunctional: true },
      skills: skills(2, 2, 3, 5, 3, 3, 3, 2),
    }),
  );

  it("recommends an internal move, clearly ahead", () => {
    expect(result.recommendedPath.path).toBe("internal_move");
    expect(result.paths[0]!.fit - result.paths[1]!.fit).toBeGreaterThanOrEqual(20);
  });

  it("names the answers that drove it", () => {
    const reasons = allReasons(result, "internal_move");
    expect(reasons).toMatch(/already employs PMs and you work with them/);
    expect(reasons).toMatch(/manager would back the move/);
    expect(reasons).toMatch(/4 years/);
  });

  it("sees technical fluency as her strength and customer insight as a gap", () => {
    expect(result.strengths[0]).toBe("technical");
    expect(result.gaps).toContain("customer_insight");
  });
});

describe("Tom, one-year marketer at a company without PMs who wants mentoring", () => {
  // A year into his first job, at a small agency with no product managers. He wants someone to learn
  // from and can't afford much risk. No internal route exists; a coach points him at associate PM roles.
  // (Product brief's second clear-cut case.)
  const result = scoreAssessment(
    makeInput({
      currentRole: "marketing",
      yearsExperience: 1,
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "unsure" },
      riskTolerance: 2,
      wantsMentorship: 5,
      evidence: { customerFacing: true },
      skills: skills(2, 3, 2, 1, 2, 3, 2, 2),
    }),
  );

  it("recommends a junior PM role", () => {
    expect(result.recommendedPath.path).toBe("junior_pm");
  });

  it("says why in his own answers", () => {
    const reasons = allReasons(result, "junior_pm");
    expect(reasons).toMatch(/want mentorship and structure \(5 of 5\)/);
    expect(reasons).toMatch(/doesn't employ PMs/);
  });

  it("rules out the internal move and says what would open it", () => {
    const internal = fit(result, "internal_move");
    expect(internal.fit).toBe(0);
    expect(result.paths[2]!.path).toBe("internal_move");
    expect(internal.wouldChangeIf![0]).toMatch(/hired product managers/);
  });
});

describe("Alex, risk-seeking self-starter with a side project and broad skills", () => {
  // Five years across ops and growth at a company with no PMs; ships side projects at weekends, led a
  // cross-team launch, talks to customers, rates risk tolerance 5 and wants little hand-holding. A coach
  // says: a startup will value your breadth and initiative. (Product brief's third clear-cut case.)
  const result = scoreAssessment(
    makeInput({
      currentRole: "operations",
      yearsExperience: 5,
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
      riskTolerance: 5,
      wantsMentorship: 2,
      evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true },
      skills: skills(3, 3, 3, 3, 4, 3, 3, 3),
    }),
  );

  it("recommends a startup", () => {
    expect(result.recommendedPath.path).toBe("startup");
  });

  it("names risk tolerance, initiative and breadth", () => {
    const reasons = allReasons(result, "startup");
    expect(reasons).toMatch(/risk tolerance 5 of 5/);
    expect(reasons).toMatch(/side project/);
    expect(reasons).toMatch(/8 of 8 skill areas/);
  });

  it("has no gaps against the entry-level targets", () => {
    expect(result.gaps).toEqual([]);
    expect(result.strengths[0]).toBe("execution");
  });
});

describe("Mei, designer whose manager won't support a move", () => {
  // Product designer for three years at a company with PMs she works with daily — but her manager has
  // said no to a move, and she wants close mentoring. With the internal door held shut, a coach suggests
  // an associate PM role elsewhere.
  const result = scoreAssessment(
    makeInput({
      currentRole: "designer",
      yearsExperience: 5,
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "no" },
      riskTolerance: 2,
      wantsMentorship: 5,
      evidence: { customerFacing: true },
      skills: skills(2, 4, 2, 2, 3, 3, 3, 2),
    }),
  );

  it("recommends a junior PM role over the internal move", () => {
    expect(result.recommendedPath.path).toBe("junior_pm");
    expect(fit(result, "internal_move").fit).toBeGreaterThan(fit(result, "startup").fit);
  });

  it("tells her the manager is what holds the internal move back, and what would change it", () => {
    expect(allReasons(result, "internal_move")).toMatch(/manager wouldn't support/);
    expect(fit(result, "internal_move").wouldChangeIf).toContain("if your manager backed the move");
  });
});

describe("Sam, data analyst six months into a new job", () => {
  // Two years' experience, only six months at a company that has PMs he doesn't work with yet. Manager
  // unsure, wants mentoring, middling risk appetite. Too new to make an internal case; a coach suggests a
  // structured junior role — or building relationships first.
  const result = scoreAssessment(
    makeInput({
      currentRole: "data_analyst",
      yearsExperience: 2,
      company: { employsPMs: true, worksWithPMs: false, tenureYears: 0.5, managerSupport: "unsure" },
      riskTolerance: 3,
      wantsMentorship: 4,
      skills: skills(2, 2, 4, 3, 2, 3, 2, 3),
    }),
  );

  it("recommends a junior PM role", () => {
    expect(result.recommendedPath.path).toBe("junior_pm");
  });

  it("explains the internal move is early days", () => {
    expect(allReasons(result, "internal_move")).toMatch(/under a year/);
    expect(fit(result, "internal_move").wouldChangeIf!.join(" ")).toMatch(/work(ing)? with your company's PMs/);
  });
});

describe("Dana, former founder with nothing to lose", () => {
  // Ran her own small company for four years, now freelancing (no PMs around). High risk tolerance,
  // wants no hand-holding, has shipped products and led teams. A coach: a startup product role, where
  // founder instincts are an asset.
  const result = scoreAssessment(
    makeInput({
      currentRole: "founder",
      yearsExperience: 8,
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "unsure" },
      riskTolerance: 5,
      wantsMentorship: 1,
      evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true },
      skills: skills(4, 3, 2, 3, 3, 3, 4, 4),
    }),
  );

  it("recommends a startup, far ahead of a junior role", () => {
    expect(result.recommendedPath.path).toBe("startup");
    expect(fit(result, "startup").fit - fit(result, "junior_pm").fit).toBeGreaterThanOrEqual(30);
  });

  it("names data as her gap", () => {
    expect(result.gaps).toEqual(["data"]);
  });
});

describe("Luis, customer success lead who already feeds the PMs", () => {
  // Three years at a SaaS company that has PMs; he brings them customer feedback every week. Manager
  // supportive, prefers stability. A coach: you're already half in the product team — move internally.
  const result = scoreAssessment(
    makeInput({
      currentRole: "customer_success",
      yearsExperience: 4,
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
      riskTolerance: 2,
      wantsMentorship: 3,
      evidence: { customerFacing: true },
      skills: skills(2, 4, 2, 2, 2, 3, 2, 2),
    }),
  );

  it("recommends an internal move", () => {
    expect(result.recommendedPath.path).toBe("internal_move");
  });

  it("points to closing gaps as what would make the case stronger", () => {
    expect(result.gaps.length).toBeGreaterThan(0);
    expect(result.strengths).toEqual(["customer_insight", "communication"]);
  });
});

describe("Grace, senior project manager, manager undecided", () => {
  // Nine years of delivery, five at a company with PMs she coordinates with daily. She has led plenty of
  // cross-functional work, doesn't want a junior title, and her manager hasn't said yes yet. A coach:
  // internal move — and go and get your manager's backing.
  const result = scoreAssessment(
    makeInput({
      currentRole: "project_manager",
      yearsExperience: 9,
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 5, managerSupport: "unsure" },
      riskTolerance: 3,
      wantsMentorship: 2,
      evidence: { ledCrossFunctional: true },
      skills: skills(2, 2, 2, 3, 4, 3, 4, 2),
    }),
  );

  it("recommends an internal move", () => {
    expect(result.recommendedPath.path).toBe("internal_move");
  });

  it("doesn't claim a manager's backing she never reported", () => {
    expect(allReasons(result, "internal_move")).not.toMatch(/manager/);
    expect(result.recommendedPath.wouldChangeIf!.join(" ")).not.toMatch(/withdrew their support/);
  });

  it("doesn't push a junior title on someone who wants autonomy", () => {
    expect(result.paths[2]!.path).toBe("junior_pm");
    expect(allReasons(result, "junior_pm")).toMatch(/mentorship 2 of 5/);
  });
});

describe("Omar, QA engineer with a side project and an appetite for risk", () => {
  // Four years in QA; his company has PMs but he isn't on their teams, he's been there 18 months and his
  // manager is against a move. He builds apps at night, rates risk 4 and wants little mentoring. A coach:
  // try a startup, where the side project counts.
  const result = scoreAssessment(
    makeInput({
      currentRole: "qa_engineer",
      yearsExperience: 4,
      company: { employsPMs: true, worksWithPMs: false, tenureYears: 1.5, managerSupport: "no" },
      riskTolerance: 4,
      wantsMentorship: 2,
      evidence: { sideProject: true },
      skills: skills(2, 2, 3, 4, 3, 3, 3, 2),
    }),
  );

  it("recommends a startup", () => {
    expect(result.recommendedPath.path).toBe("startup");
  });

  it("credits the side project and says the internal move is blocked by his manager", () => {
    expect(allReasons(result, "startup")).toMatch(/side project/);
    expect(allReasons(result, "internal_move")).toMatch(/manager wouldn't support/);
  });
});

describe("Elena, consultant who wants structure", () => {
  // Seven years at a consultancy (no PMs on staff). Strong business and communication skills, led client
  // programmes, but wants mentoring and stability after years of travel. A coach: an associate PM role
  // at a company that fits her interests.
  const result = scoreAssessment(
    makeInput({
      currentRole: "consultant",
      yearsExperience: 7,
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 4, managerSupport: "yes" },
      riskTolerance: 2,
      wantsMentorship: 4,
      evidence: { ledCrossFunctional: true, customerFacing: true },
      skills: skills(3, 2, 3, 2, 3, 4, 3, 4),
    }),
  );

  it("recommends a junior PM role", () => {
    expect(result.recommendedPath.path).toBe("junior_pm");
  });

  it("still ranks the closed internal move last despite a supportive manager", () => {
    expect(result.paths.map((p) => p.path)).toEqual(["junior_pm", "startup", "internal_move"]);
  });
});

describe("Ray, career changer from hospital operations who needs stability", () => {
  // Twelve years running hospital logistics, no PMs anywhere near. Needs a steady income (risk 1), open
  // to some mentoring. No internal route and no taste for startup risk: a coach suggests a junior role at
  // a product company — and warns about the step back in seniority.
  const result = scoreAssessment(
    makeInput({
      currentRole: "other",
      yearsExperience: 12,
      company: { employsPMs: false, worksWithPMs: false, tenureYears: 6, managerSupport: "no" },
      riskTolerance: 1,
      wantsMentorship: 3,
      evidence: { ledCrossFunctional: true },
      skills: skills(2, 2, 3, 2, 4, 3, 3, 2),
    }),
  );

  it("recommends a junior PM role", () => {
    expect(result.recommendedPath.path).toBe("junior_pm");
  });

  it("is honest about the trade-off of a junior title", () => {
    expect(allReasons(result, "junior_pm")).toMatch(/step back in pay and seniority/);
  });

  it("explains that a startup sits badly with his need for stability", () => {
    expect(allReasons(result, "startup")).toMatch(/risk tolerance 1 of 5/);
  });
});

describe("Kim, business analyst embedded with the product team", () => {
  // Three years as a BA at a company with PMs, writing requirements alongside them; she led a process
  // change across departments. Manager unsure, middling on risk and mentoring. A coach: you're already
  // doing half the job — an internal move, and talk to your manager.
  const result = scoreAssessment(
    makeInput({
      currentRole: "business_analyst",
      yearsExperience: 5,
      company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "unsure" },
      riskTolerance: 3,
      wantsMentorship: 3,
      evidence: { ledCrossFunctional: true },
      skills: skills(2, 3, 3, 3, 3, 3, 2, 3),
    }),
  );

  it("recommends an internal move", () => {
    expect(result.recommendedPath.path).toBe("internal_move");
  });

  it("credits her readiness and names leadership as the one gap to close", () => {
    expect(allReasons(result, "internal_move")).toMatch(/readiness at \d+ of 100/);
    expect(result.gaps).toEqual(["leadership"]);
  });
});

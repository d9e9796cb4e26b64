import type { Metadata } from "next";
import { EvidenceProvider } from "@/components/assessment/area-evidence";
import { Questionnaire } from "@/components/assessment/questionnaire";
import { evidenceSinceLastAssessment } from "@/server/workspace/evidence";
import type { QuestionnaireStart } from "@/components/assessment/starting-point";
import { getSessionUser } from "@/server/auth/session";
import { findDraft, latestAssessments } from "@/server/assessment/queries";

export const metadata: Metadata = { title: "Assessment" };

/** A signed-in user resumes their draft, or re-assesses starting from their latest answers. */
async function startFor(userId: string): Promise<QuestionnaireStart> {
  const draft = await findDraft(userId);
  if (draft) return { signedIn: true, draft, previous: null };
  const [latest] = await latestAssessments(userId, 1);
  return { signedIn: true, draft: null, previous: latest?.input ?? null };
}

export default async function AssessmentPage() {
  const user = await getSessionUser();
  const start: QuestionnaireStart = user ? await startFor(user.id) : { signedIn: false };
  const evidence = user ? (await evidenceSinceLastAssessment(user.id)).byArea : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Where do you stand today?</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Five short steps about your role, your company, how you like to work and your skills. You&apos;ll get a
          skill profile and the way into product management that fits you best.
        </p>
      </header>
      <EvidenceProvider value={evidence}>
        <Questionnaire start={start} />
      </EvidenceProvider>
    </div>
  );
}

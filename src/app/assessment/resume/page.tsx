import type { Metadata } from "next";
import { AssessmentView } from "@/components/assessment/assessment-view";
import type { QuestionnaireStart } from "@/components/assessment/starting-point";
import { findDraft, latestAssessments } from "@/server/assessment/queries";
import { getSessionUser } from "@/server/auth/session";
import { evidenceSinceLastAssessment } from "@/server/workspace/evidence";

export const metadata: Metadata = { title: "Assessment", robots: { index: false } };

/** A signed-in user resumes their draft, or re-assesses starting from their latest answers. */
async function startFor(userId: string): Promise<QuestionnaireStart> {
  const draft = await findDraft(userId);
  if (draft) return { signedIn: true, draft, previous: null };
  const [latest] = await latestAssessments(userId, 1);
  return { signedIn: true, draft: null, previous: latest?.input ?? null };
}

/** /assessment for a request with a session cookie (src/proxy.ts rewrites to it); a stale cookie gets the visitor's questionnaire. */
export default async function AssessmentResumePage() {
  const user = await getSessionUser();
  const start: QuestionnaireStart = user ? await startFor(user.id) : { signedIn: false };
  const evidence = user ? (await evidenceSinceLastAssessment(user.id)).byArea : null;
  return <AssessmentView start={start} evidence={evidence} />;
}

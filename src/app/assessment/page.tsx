import type { Metadata } from "next";
import { AssessmentView } from "@/components/assessment/assessment-view";

export const metadata: Metadata = { title: "Assessment" };

/** The visitor's questionnaire, prerendered; with a session cookie src/proxy.ts serves ./resume instead. */
export default function AssessmentPage() {
  return <AssessmentView start={{ signedIn: false }} evidence={null} />;
}

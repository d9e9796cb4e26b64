import type { Metadata } from "next";
import { VisitorPreview } from "@/components/results/visitor-preview";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = {
  title: "Your result (preview)",
  robots: { index: false },
};

export default async function AssessmentPreviewPage({ searchParams }: { searchParams: Promise<{ save?: string }> }) {
  const { save } = await searchParams;
  const user = await getSessionUser();
  return <VisitorPreview signedIn={user !== null} saveRequested={save === "1"} />;
}

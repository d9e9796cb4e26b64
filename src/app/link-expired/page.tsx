import type { Metadata } from "next";
import { InvalidLink, type InvalidLinkKind } from "@/components/auth/invalid-link";

export const metadata: Metadata = { title: "Link expired" };

export default async function LinkExpiredPage({ searchParams }: { searchParams: Promise<{ for?: string | string[] }> }) {
  const { for: which } = await searchParams;
  const kind: InvalidLinkKind = which === "reset" || which === "taken" || which === "mock" ? which : "verify";
  return <InvalidLink kind={kind} />;
}

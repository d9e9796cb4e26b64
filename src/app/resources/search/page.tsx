import type { Metadata } from "next";
import { ResourcesView } from "@/components/resource/resources-view";

export const metadata: Metadata = { title: "Resources", robots: { index: false } };

type SearchParams = Promise<{ area?: string | string[]; kind?: string | string[] }>;

/** /resources with a query string, rendered per request (src/proxy.ts rewrites to it). */
export default async function ResourcesSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <ResourcesView params={await searchParams} />;
}

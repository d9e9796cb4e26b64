import type { Metadata } from "next";
import { ResourcesView } from "@/components/resource/resources-view";

export const metadata: Metadata = { title: "Resources" };

/** The whole library, prerendered; a filtered view (?area=, ?kind=) is served by ./search (see src/proxy.ts). */
export default function ResourcesPage() {
  return <ResourcesView params={{}} />;
}

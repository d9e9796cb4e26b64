// View types of practice: plain, serialisable data that the server's queries return and client components
// render. Here, not in src/server, so that the browser's code never imports a server module.
import type { SkillArea } from "@/domain/assessment/schemas";
import type { PracticeType, WithWhom } from "@/domain/practice";

export interface PracticeView {
  id: string;
  type: PracticeType;
  heldOn: string;
  withWhom: WithWhom;
  notes: string;
  scores: Partial<Record<SkillArea, number>>;
  version: number;
}

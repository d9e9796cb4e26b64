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
  /** The bank question practised, if any. */
  questionId: string | null;
  scores: Partial<Record<SkillArea, number>>;
  /** A session logged by a mock link, and once the partner scored it, their name, note and scores. */
  mock: { partnerName: string; note: string; scoredAt: string | null; scores: Partial<Record<SkillArea, number>> } | null;
  version: number;
}

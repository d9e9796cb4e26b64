import { CLOSED_STAGES, type Stage } from "./model";

export const FOLLOW_UP_BEFORE_CREATED = "The follow-up can't be before the day you added this application";

/** The follow-up error for `followUpOn` when the application was added on `createdDay`, or null. */
export function followUpError(followUpOn: string | null, createdDay: string): string | null {
  return followUpOn !== null && followUpOn < createdDay ? FOLLOW_UP_BEFORE_CREATED : null;
}

export interface FollowUp {
  id: string;
  company: string;
  roleTitle: string;
  stage: Stage;
  followUpOn: string;
}

/** Open follow-ups (closed applications expect none), soonest first, split into overdue and upcoming on `today`. */
export function followUpsOn<T extends FollowUp>(applications: readonly T[], today: string): { overdue: T[]; upcoming: T[] } {
  const open = applications
    .filter((a) => !CLOSED_STAGES.includes(a.stage))
    .sort((a, b) => a.followUpOn.localeCompare(b.followUpOn) || a.company.localeCompare(b.company));
  return { overdue: open.filter((a) => a.followUpOn < today), upcoming: open.filter((a) => a.followUpOn >= today) };
}

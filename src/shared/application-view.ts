// View types of application: plain, serialisable data that the server's queries return and client components
// render. Here, not in src/server, so that the browser's code never imports a server module.
import type { ApplicationKind, Stage } from "@/domain/application";

export interface StageChangeView {
  stage: Stage;
  changedAt: string;
}

export interface ApplicationView {
  id: string;
  company: string;
  roleTitle: string;
  link: string;
  kind: ApplicationKind;
  stage: Stage;
  followUpOn: string | null;
  notes: string;
  lesson: string;
  feedbackFrom: string;
  jobDescription: string;
  whyCompany: string;
  version: number;
  /** The tailored bullets' own version guard (src/server/resume/actions.ts). */
  bulletsVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the first entry is the stage it was added in. */
  history: StageChangeView[];
}

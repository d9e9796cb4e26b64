// View types of story: plain, serialisable data that the server's queries return and client components
// render. Here, not in src/server, so that the browser's code never imports a server module.
import type { SkillArea } from "@/domain/assessment/schemas";
import type { Theme } from "@/domain/interview/types";

export interface StoryView {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  areas: SkillArea[];
  themes: Theme[];
  applicationId: string | null;
  applicationName: string | null;
  practiceSessionId: string | null;
  practiceName: string | null;
  version: number;
  createdAt: string;
}

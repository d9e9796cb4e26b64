// View types of the tailored resume bullets: plain, serialisable data that the server's queries return and
// client components render. Here, not in src/server, so that the browser's code never imports a server module.
import type { SkillArea } from "@/domain/assessment/schemas";

export interface SavedBulletView {
  id: string;
  storyId: string | null;
  text: string;
  position: number;
  /** True when the story it came from changed after the bullet was saved: the page offers to regenerate. */
  storyChanged: boolean;
}

/** A story as the bullets and the coverage read it. */
export interface EvidenceStoryView {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  areas: SkillArea[];
  updatedAt: string;
}

/** One bullet in the tailoring editor. */
export interface EditableBullet {
  key: string;
  storyId: string | null;
  storyTitle: string | null;
  text: string;
  /** The requirement of the job it answers best. */
  answers: string | null;
  /** The story changed after this (saved) bullet was written: its freshly built text, to offer. */
  regenerated: string | null;
}

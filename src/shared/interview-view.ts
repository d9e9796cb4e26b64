// View types of interview prep: plain data the server's queries return and components render.
import type { ShareLinkStatus } from "@/domain/account/share-links";

export interface MockLinkView {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date;
  status: ShareLinkStatus;
  questions: { questionId: string; text: string; scored: boolean }[];
}

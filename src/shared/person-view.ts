// View types of person: plain, serialisable data that the server's queries return and client components
// render. Here, not in src/server, so that the browser's code never imports a server module.
import type { HowMet } from "@/domain/person";

export interface ConversationView {
  id: string;
  heldOn: string;
  notes: string;
}

export interface PersonView {
  id: string;
  name: string;
  role: string;
  company: string;
  howMet: HowMet;
  lastContactOn: string | null;
  nextStep: string;
  notes: string;
  applicationId: string | null;
  /** "Associate PM at Acme", for the referral link. */
  applicationName: string | null;
  planItemId: string | null;
  planItemTitle: string | null;
  version: number;
  createdAt: string;
  /** Newest first. */
  conversations: ConversationView[];
}

export interface LinkChoice {
  id: string;
  label: string;
}

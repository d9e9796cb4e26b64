import "../zod-config";
import { z } from "zod";
import { NOTES_MAX, optionalDay, recordId, versionField } from "../application/schemas";
import { multiLineText, singleLineText } from "../text";
import { isDay } from "../time-zone";
import { HOW_MET } from "./model";

/** Inputs of the people actions: shared by the forms and the server. */

/** An optional id of another record; the empty string means "none". */
const optionalRef = (what: string) =>
  z
    .string({ error: `Unknown ${what}` })
    .trim()
    .max(64, { error: `Unknown ${what}` })
    .optional()
    .transform((value) => value || null);

const personFields = {
  name: singleLineText("Name", 120, { required: true }),
  role: singleLineText("Role", 120).default(""),
  company: singleLineText("Company", 120).default(""),
  howMet: z.enum(HOW_MET, { error: "Choose how you met: colleague, lunch, community, referral or event" }),
  lastContactOn: optionalDay("Last contact"),
  nextStep: singleLineText("Next step", 300).default(""),
  notes: multiLineText("Notes", NOTES_MAX).default(""),
  /** The application this person referred you for. */
  applicationId: optionalRef("application"),
  /** The plan step this person belongs to (e.g. "Meet the PMs at your company"). */
  planItemId: optionalRef("plan step"),
};

export const createPersonSchema = z.strictObject(personFields);

export const updatePersonSchema = z.strictObject({ personId: recordId("person"), version: versionField, ...personFields });

export const personRefSchema = z.strictObject({ personId: recordId("person") });

export const logConversationSchema = z.strictObject({
  personId: recordId("person"),
  heldOn: z
    .string({ error: "Enter the date of the conversation" })
    .trim()
    .refine(isDay, { error: "Enter the date of the conversation (YYYY-MM-DD)" }),
  notes: multiLineText("Notes", NOTES_MAX).default(""),
});

export const conversationRefSchema = z.strictObject({ conversationId: recordId("conversation") });
